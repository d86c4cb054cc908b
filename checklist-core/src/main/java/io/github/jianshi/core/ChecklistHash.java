package io.github.jianshi.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The content hash of a checklist.
 *
 * <p>The canonical form is UTF-8 text with LF line ends and one record per line, fields separated by
 * a TAB. Inside a field, backslash, TAB, LF and CR are written as {@code \\}, {@code \t}, {@code \n}
 * and {@code \r}; an absent description is an empty field. The lines are:
 *
 * <pre>
 * jianshi-checklist	1
 * checklist	&lt;id&gt;	&lt;version&gt;	&lt;title&gt;	&lt;description&gt;
 * checkpoint	&lt;id&gt;	&lt;kind id&gt;	&lt;title&gt;	&lt;question&gt;     (one per checkpoint, in order)
 * </pre>
 *
 * <p>The hash is {@code sha256:} followed by the lower-case hex SHA-256 of those bytes. It changes
 * whenever any text, kind or order changes, and never otherwise.
 */
final class ChecklistHash {
  private ChecklistHash() {}

  static String canonicalForm(Checklist checklist) {
    StringBuilder out = new StringBuilder(256);
    out.append("jianshi-checklist\t1\n");
    line(out, "checklist", checklist.id(), checklist.version(), checklist.title(),
        checklist.description().orElse(""));
    for (Checkpoint c : checklist.checkpoints()) {
      line(out, "checkpoint", c.id(), c.kind().id(), c.title(), c.question());
    }
    return out.toString();
  }

  static String of(Checklist checklist) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256")
          .digest(canonicalForm(checklist).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    StringBuilder hex = new StringBuilder("sha256:");
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      escape(out, fields[i]);
    }
    out.append('\n');
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }
}
