package io.github.jianshi.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds Word packages for the import tests from hand-written parts. */
final class WordPackages {
  private WordPackages() {}

  private static final String[] OPTIONAL = {"styles", "numbering", "footnotes", "endnotes"};

  /** A test resource as bytes. */
  static byte[] resource(String path) {
    try (InputStream in = WordPackages.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String path) {
    try (InputStream in = WordPackages.class.getResourceAsStream("/" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Zips the hand-written parts under {@code src/test/resources/import/<name>/} ({@code document.xml}
   * and, when present, {@code styles.xml}, {@code numbering.xml}, {@code footnotes.xml},
   * {@code endnotes.xml}) with the content types and relationships a Word package needs.
   */
  static byte[] fromResources(String name) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("document", text("import/" + name + "/document.xml"));
    for (String p : OPTIONAL) {
      String xml = text("import/" + name + "/" + p + ".xml");
      if (xml != null) {
        parts.put(p, xml);
      }
    }
    return wordPackage(parts);
  }

  /** A package of a document.xml alone. */
  static byte[] ofDocument(String documentXml) {
    return wordPackage(Map.of("document", documentXml));
  }

  /** A package of the given parts ({@code document}, {@code styles}, …) as word/&lt;part&gt;.xml. */
  static byte[] wordPackage(Map<String, String> parts) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".wordprocessingml.document.main+xml\"/>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int id = 1;
    for (String p : OPTIONAL) {
      if (parts.containsKey(p)) {
        types.append("<Override PartName=\"/word/").append(p).append(".xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.").append(p).append("+xml\"/>");
        rels.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/").append(p).append("\" Target=\"").append(p).append(".xml\"/>");
      }
    }
    types.append("</Types>");
    rels.append("</Relationships>");
    entries.put("[Content_Types].xml", utf8(types.toString()));
    entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
    entries.put("word/_rels/document.xml.rels", utf8(rels.toString()));
    for (Map.Entry<String, String> p : parts.entrySet()) {
      entries.put("word/" + p.getKey() + ".xml", utf8(p.getValue()));
    }
    return zip(entries);
  }

  /** A zip of the given entries, deflated. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A zip written byte by byte, so that an entry's raw (already deflated) data and its declared sizes
   * can be anything: for zip bombs that lie about their size.
   */
  static byte[] rawZip(Map<String, byte[]> stored, String bombName, byte[] deflated, long declaredSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    int count = 0;
    for (Map.Entry<String, byte[]> e : stored.entrySet()) {
      CRC32 crc = new CRC32();
      crc.update(e.getValue());
      writeEntry(out, central, e.getKey(), 0, e.getValue(), e.getValue().length, crc.getValue());
      count++;
    }
    writeEntry(out, central, bombName, 8, deflated, declaredSize, 0);
    count++;
    int cdOffset = out.size();
    byte[] cd = central.toByteArray();
    out.writeBytes(cd);
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, count);
    le16(out, count);
    le32(out, cd.length);
    le32(out, cdOffset);
    le16(out, 0);
    return out.toByteArray();
  }

  private static void writeEntry(ByteArrayOutputStream out, ByteArrayOutputStream central, String name, int method,
      byte[] data, long size, long crc) {
    byte[] n = utf8(name);
    int offset = out.size();
    le32(out, 0x04034b50);
    le16(out, 20);
    le16(out, 0x0800);
    le16(out, method);
    le32(out, 0);
    le32(out, (int) crc);
    le32(out, data.length);
    le32(out, (int) size);
    le16(out, n.length);
    le16(out, 0);
    out.writeBytes(n);
    out.writeBytes(data);
    le32(central, 0x02014b50);
    le16(central, 20);
    le16(central, 20);
    le16(central, 0x0800);
    le16(central, method);
    le32(central, 0);
    le32(central, (int) crc);
    le32(central, data.length);
    le32(central, (int) size);
    le16(central, n.length);
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le16(central, 0);
    le32(central, 0);
    le32(central, offset);
    central.writeBytes(n);
  }

  private static void le16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write(v >>> 8 & 0xFF);
  }

  private static void le32(ByteArrayOutputStream out, int v) {
    le16(out, v & 0xFFFF);
    le16(out, v >>> 16 & 0xFFFF);
  }
}
