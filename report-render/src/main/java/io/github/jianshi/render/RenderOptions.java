package io.github.jianshi.render;

import io.github.jianshi.core.ChecklistRegistry;
import org.immutables.value.Value;

/**
 * How to render a report. An immutable value passed to a renderer; every format reads the options
 * that apply to it and ignores the others. {@link #defaults()} gives the canonical style.
 */
@Value.Immutable
public abstract class RenderOptions {
  RenderOptions() {}

  private static final RenderOptions DEFAULTS = builder().build();

  /**
   * Whether the parentheses of （一） and （1） are written as ASCII {@code (一)}.
   *
   * @return by default false: full-width, as GB/T 9704 writes them
   */
  @Value.Default
  public boolean asciiParentheses() {
    return false;
  }

  /**
   * Whether the title (when the report has one) is written. Author and date are written only in the
   * closing block.
   *
   * @return by default true
   */
  @Value.Default
  public boolean includeTitle() {
    return true;
  }

  /**
   * Whether plain text ends with an empty line after the last paragraph, as reports copied from
   * Word usually do.
   *
   * @return by default true
   */
  @Value.Default
  public boolean finalBlankLine() {
    return true;
  }

  /**
   * Whether to close the report with the organisation (or author) and the date, right-aligned, the
   * date written as 2022年8月5日.
   *
   * @return by default false
   */
  @Value.Default
  public boolean closingBlock() {
    return false;
  }

  /**
   * When to append the table of rectification measures (整改清单: 序号, 问题, 整改措施, 责任人/单位,
   * 完成时限, 状态). Applies to HTML and Word.
   *
   * @return by default {@link MeasureTable#WHEN_TRACKED}
   */
  @Value.Default
  public MeasureTable measureTable() {
    return MeasureTable.WHEN_TRACKED;
  }

  /**
   * Whether HTML is a fragment to embed in an application's page rather than a standalone page.
   *
   * @return by default false
   */
  @Value.Default
  public boolean htmlFragment() {
    return false;
  }

  /**
   * Where renderers look up a checkpoint's title when a finding has no heading of its own.
   *
   * @return by default {@link ChecklistRegistry#builtIn()}
   */
  @Value.Default
  public ChecklistRegistry checklists() {
    return ChecklistRegistry.builtIn();
  }

  /**
   * The canonical style.
   *
   * @return the default options
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder; options not set keep their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderOptions}. */
  public static final class Builder extends ImmutableRenderOptions.Builder {
    Builder() {}
  }

  /** When to append the table of rectification measures. */
  public enum MeasureTable {
    /** Never. */
    NEVER,
    /** When any measure has an owner, due date, kind or status. */
    WHEN_TRACKED,
    /** Always, when the report has measures. */
    ALWAYS
  }
}
