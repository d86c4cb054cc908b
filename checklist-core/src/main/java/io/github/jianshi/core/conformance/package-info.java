/**
 * Conformance of a report to its checklist: every checkpoint answered once and in order, verdicts
 * that fit the checkpoint's kind, bodies and measures where problems are reported, consistent dates.
 * The rules return diagnostics; they never throw on bad data.
 */
package io.github.jianshi.core.conformance;
