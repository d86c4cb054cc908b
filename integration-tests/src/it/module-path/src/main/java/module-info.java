/** A consumer on the module path: it requires our modules and nothing of what they use. */
module consumer {
  requires io.github.jianshi.model;
  requires io.github.jianshi.docx;
  requires io.github.jianshi.importer;
}
