package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Writes a roll-up as JSON (UTF-8, two-space indent, LF, members in a fixed order). */
final class RollUpJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).disable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator("").withRootSeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private RollUpJson() {}

  static void write(RollUp r, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(CONTEXT, new CsvLedgerWriter.NonClosing(out))) {
      g.writeStartObject();
      if (r.asOf().isPresent()) {
        g.writeStringProperty("asOf", r.asOf().get().toString());
      }
      g.writeNumberProperty("reports", r.reports());
      g.writeNumberProperty("decoded", r.decoded());
      g.writeNumberProperty("failedCount", r.failedCount());
      g.writeNumberProperty("measures", r.measures());
      g.writeName("completionRate");
      g.writeNumber(BigDecimal.valueOf(r.completionRate()).setScale(4, RoundingMode.HALF_EVEN));
      g.writeNumberProperty("overdue", r.overdue());
      g.writeArrayPropertyStart("checkpoints");
      for (RollUp.CheckpointTally t : r.checkpoints()) {
        g.writeStartObject();
        g.writeStringProperty("checklist", t.checklist());
        g.writeStringProperty("checkpoint", t.checkpoint());
        g.writeStringProperty("title", t.title());
        g.writeNumberProperty("problems", t.problems());
        counts(g, "verdicts", t.verdicts());
        g.writeEndObject();
      }
      g.writeEndArray();
      counts(g, "byStatus", r.byStatus());
      counts(g, "byKind", r.byKind());
      counts(g, "byOwner", r.byOwner());
      counts(g, "byOrganization", r.byOrganization());
      counts(g, "overdueByOrganization", r.overdueByOrganization());
      g.writeArrayPropertyStart("overdueItems");
      for (RollUp.OverdueItem o : r.overdueItems()) {
        g.writeStartObject();
        g.writeStringProperty("entryId", o.entryId());
        g.writeStringProperty("organization", o.organization());
        g.writeStringProperty("summary", o.summary());
        g.writeStringProperty("owner", o.owner());
        g.writeStringProperty("due", o.due().toString());
        g.writeStringProperty("status", o.status());
        g.writeNumberProperty("daysOverdue", o.daysOverdue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("failed");
      for (RollUp.FailedReport f : r.failed()) {
        g.writeStartObject();
        g.writeStringProperty("source", f.source());
        g.writeArrayPropertyStart("diagnostics");
        for (Diagnostic d : f.diagnostics()) {
          g.writeStartObject();
          g.writeStringProperty("code", d.code());
          g.writeStringProperty("severity", d.severity().id());
          g.writeStringProperty("pointer", d.pointer());
          g.writeStringProperty("message", d.message(java.util.Locale.CHINA));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) {
    g.writeObjectPropertyStart(name);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      g.writeNumberProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
