/**
 * JMH benchmarks of the JSON codec and the validation facade on the real report, each against plain
 * Jackson measured in the same run. See {@code docs/benchmarks.md}.
 */
package io.github.jianshi.benchmarks;
