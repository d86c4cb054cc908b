/**
 * Chinese ordinals (一 to 九十九) and the numbering markers of official documents: 一、 （一） 1. （1）
 * and the run-in 一是 二是, both ways.
 */
package io.github.jianshi.core.numbering;
