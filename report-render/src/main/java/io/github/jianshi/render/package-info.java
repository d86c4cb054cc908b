/**
 * Rendering of reports: one interface, {@link io.github.jianshi.render.ReportRenderer}, with one
 * implementation per format, obtained from {@link io.github.jianshi.render.Renderers}. Renderers are
 * deterministic (no clock, no default locale) and thread-safe; their options are an immutable
 * {@link io.github.jianshi.render.RenderOptions} value.
 */
@JianshiStyle
package io.github.jianshi.render;

import io.github.jianshi.core.JianshiStyle;
