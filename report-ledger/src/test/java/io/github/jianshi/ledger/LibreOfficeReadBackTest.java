package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ledgers opened, edited and saved by LibreOffice Calc 7.4 (Debian), committed under
 * {@code src/test/resources/ledger} and made by {@code src/test/libreoffice/make-files.sh}: the
 * library's export saved again unchanged; and the edits of {@code edit_ledger.py} (a status changed, a
 * progress note added with its date typed as text, a verification, a row deleted, a row added,
 * columns reordered) read into Calc and saved as XLSX, and that saved again by Calc as CSV.
 */
class LibreOfficeReadBackTest {

  @ParameterizedTest
  @ValueSource(strings = {"lo-unchanged.xlsx", "lo-unchanged.csv"})
  void anUnchangedLedgerSavedByCalcChangesNothing(String file) {
    ApplyResult r = apply(file);
    assertThat(r.result().diagnostics()).isEmpty();
    assertThat(r.changed()).isEmpty();
    assertThat(r.reports()).isEqualTo(Fixtures.reports());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lo-edited.xlsx", "lo-edited.csv"})
  void theEditsMadeInCalcAreApplied(String file) {
    ApplyResult r = apply(file);
    assertThat(r.result().codes()).containsExactly("ledger.row.id.missing", "ledger.entry.missing");
    assertThat(r.result().diagnostics().get(0).line()).hasValue(10);
    assertThat(r.result().diagnostics().get(1).arguments()).contains("2");
    assertThat(r.changed()).containsExactly(0);
    assertThat(r.appliedRows()).isEqualTo(3);
    Report county = r.reports().get(0);
    assertThat(county.measures().get(0).status()).contains(MeasureStatus.DONE);
    assertThat(county.measures().get(1).status()).contains(MeasureStatus.IN_PROGRESS);
    assertThat(county.measures().get(1).due()).contains(LocalDate.of(2024, 10, 31));
    assertThat(county.measures().get(2).status()).contains(MeasureStatus.VERIFIED);
    assertThat(county.measures().get(2).text()).isEqualTo(Fixtures.county().measures().get(2).text());
    LedgerEntry second = r.entries().get(1);
    assertThat(second.history()).containsExactly(ProgressUpdate.builder().date(LocalDate.of(2024, 6, 20))
        .status(MeasureStatus.IN_PROGRESS).note("已起草议事规则修订稿").addEvidence("修订稿.docx", "会议纪要").by("李四").build());
    assertThat(r.entries().get(0).history()).containsExactly(
        ProgressUpdate.builder().date(Fixtures.AS_OF).status(MeasureStatus.DONE).build());
    assertThat(r.entries().get(2).verification()).contains(Verification.of(LocalDate.of(2024, 6, 28), "县委督查室"));
    assertThat(r.reports().subList(1, 3)).isEqualTo(Fixtures.reports().subList(1, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lo-unchanged.xlsx", "lo-edited.xlsx"})
  void theWorkbooksWereWrittenByLibreOffice(String file) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Fixtures.resource(file)))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("docProps/app.xml")) {
          assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains("LibreOffice");
          return;
        }
      }
    }
    throw new AssertionError("no docProps/app.xml in " + file);
  }

  private static ApplyResult apply(String file) {
    LedgerFormat format = file.endsWith(".csv") ? LedgerFormat.CSV : LedgerFormat.XLSX;
    return Ledgers.apply(Fixtures.resource(file), format, Fixtures.reports(), Fixtures.options());
  }
}
