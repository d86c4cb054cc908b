/**
 * Runnable examples of the library: {@link io.github.jianshi.examples.Demo} is the README's main job,
 * {@link io.github.jianshi.examples.RealReport} the real report built through the public API.
 */
package io.github.jianshi.examples;
