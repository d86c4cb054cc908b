/**
 * The domain of checklist-based self-inspection reports (对照检视报告).
 *
 * <p>A {@link io.github.jianshi.core.Checklist} is an ordered list of
 * {@link io.github.jianshi.core.Checkpoint checkpoints}; a {@link io.github.jianshi.core.Report}
 * answers one checklist with one {@link io.github.jianshi.core.Finding} per checkpoint, then gives
 * {@link io.github.jianshi.core.Cause causes} (原因剖析) and {@link io.github.jianshi.core.Measure
 * measures} (整改措施). All types are immutable values built with {@code X.builder()} or
 * {@code X.of(...)}; the built-in nine-point checklist is {@link io.github.jianshi.core.Checklists#ninePoint()}.
 */
@JianshiStyle
package io.github.jianshi.core;
