package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureTest {
  @TempDir
  Path dir;

  private final Text text = new Text(CliLocale.ENGLISH);

  @Test
  void batchResultsComeInInputOrderWhateverTheThreads() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<String> seen = new ArrayList<>();
    StringWriter sink = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(sink), items.size(), "files", false)) {
      Batch.run(items, 4, i -> {
        threads.add(Thread.currentThread().getName());
        if (i % 17 == 0) {
          throw new IllegalStateException("boom " + i);
        }
        try {
          Thread.sleep((i * 7) % 5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return "ok " + i;
      }, (i, t) -> "failed " + i + ": " + t.getMessage(), progress, seen::add);
      assertThat(progress.done()).isEqualTo(200);
    }
    assertThat(seen).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(seen.get(i)).isEqualTo(i % 17 == 0 ? "failed " + i + ": boom " + i : "ok " + i);
    }
    assertThat(threads).allMatch(t -> t.equals("jianshi-worker"));
    assertThat(sink.toString()).isEmpty();
  }

  @Test
  void theProgressBarIsDrawnOnlyWhenEnabledAfterTheDelayAndErasedAtTheEnd() throws InterruptedException {
    StringWriter sink = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(sink), 10, "files", true)) {
      assertThat(progress.enabled()).isTrue();
      progress.step();
      progress.step();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (sink.toString().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(sink.toString()).contains("[######........................] 2/10 files");
      StringBuilder printed = new StringBuilder();
      progress.printing(() -> printed.append(sink.toString()));
      assertThat(printed.toString()).endsWith("\r" + " ".repeat("[######........................] 2/10 files".length()) + "\r");
    }
    assertThat(sink.toString()).endsWith("\r");
    StringWriter quiet = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(quiet), 10, "files", false)) {
      assertThat(progress.enabled()).isFalse();
    }
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void outputFilesReplaceTheTargetInOneMoveAndLeaveNothingElse() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    OutputFiles.check(target, List.of(dir.resolve("in.json")), text);
    OutputFiles.write(target, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8), text);
    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).containsExactly(target);
    }
  }

  @Test
  void outputFilesRefuseInputsFoldersAndMissingFolders() throws IOException {
    Path input = Files.writeString(dir.resolve("in.json"), "{}");
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, input);
    assertThatThrownBy(() -> OutputFiles.check(link, List.of(input), text))
        .isInstanceOf(CliException.class).hasMessageContaining("is one of the inputs");
    assertThatThrownBy(() -> OutputFiles.check(dir, List.of(), text))
        .isInstanceOf(CliException.class).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> OutputFiles.check(dir.resolve("no/such/out.txt"), List.of(), text))
        .isInstanceOf(CliException.class).hasMessageContaining("does not exist");
    assertThat(Files.readString(input)).isEqualTo("{}");
  }
}
