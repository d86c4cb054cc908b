/**
 * Word (.docx) rendering laid out per GB/T 9704-2012, with Apache POI (not part of the API).
 */
module io.github.jianshi.docx {
  requires transitive io.github.jianshi.core;
  requires transitive io.github.jianshi.render;
  requires transitive io.github.jianshi.importer;
  requires org.apache.poi.ooxml;
  requires java.xml;

  exports io.github.jianshi.docx;
}
