/**
 * Diagnostics: what is wrong with a document, where (a JSON Pointer into its JSON form), and how bad,
 * with messages in zh-CN and en; and the validation result that collects them.
 */
@JianshiStyle
package io.github.jianshi.core.diagnostic;

import io.github.jianshi.core.JianshiStyle;
