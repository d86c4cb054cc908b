package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's diagnostics without a tree: a bundled JSON Schema compiled into checks that one streaming
 * pass over a document walks, producing for an invalid document exactly the diagnostics the slow path
 * (tree, networknt, {@link SchemaValidation#map}) produces — the same codes, arguments and pointers in
 * networknt's order, located by the same {@link Locator}.
 *
 * <p>networknt's order, reproduced here: the keywords of one schema object are evaluated in the
 * object's order after a stable sort that puts {@code type} first and {@code properties} second;
 * {@code $ref} evaluates its target in place; {@code properties} visits the members in the schema's
 * order, {@code required} its names in its order, {@code additionalProperties} the unknown members in
 * the document's order, {@code items} the elements in order. Repeats (a keyword failing twice at one
 * place, as a {@code type} beside a {@code $ref} whose target states it too) are dropped as
 * {@link SchemaValidation#validate} drops them, and the list is cut at the diagnostics limit the same way.
 *
 * <p>Whatever it cannot reproduce exactly it declines ({@link #check} returns null and the caller takes
 * the slow path): syntax errors and every {@link Limits} problem (including duplicate members and
 * trailing content), a {@code schemaVersion} other than the integer 1, floating-point or big-integer
 * numbers where the schema constrains a value, an {@code enum} or {@code const} failed by an object or
 * an array, and a document without any schema violation (then the slow path maps it and reports real
 * dates and the like).
 *
 * <p>Immutable and thread-safe once compiled; each {@link #check} call uses its own state.
 */
final class SchemaChecker {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Set<String> IGNORED = Set.of("title", "description", "$comment", "$schema", "$id", "$defs");

  private final Node root;

  private SchemaChecker(Node root) {
    this.root = root;
  }

  /**
   * Compiles a schema.
   *
   * @param schemaText the JSON text of a draft 2020-12 schema, of the subset {@link SchemaRules} takes
   * @return the checker
   * @throws IllegalStateException when the schema uses what the checker cannot reproduce
   */
  static SchemaChecker compile(String schemaText) {
    JsonNode schema;
    try {
      schema = MAPPER.readTree(schemaText);
    } catch (RuntimeException e) {
      throw new IllegalStateException("a bundled JSON Schema is not JSON", e);
    }
    Compiler c = new Compiler(schema);
    Node root = c.compile(schema, "#");
    c.flatten();
    return new SchemaChecker(root);
  }

  private enum Kind { TYPE, CONST, ENUM, MAX_LENGTH, MIN_LENGTH, PATTERN, MAX_ITEMS, MIN_ITEMS, ITEMS, PROPERTIES,
    REQUIRED, CLOSED, REF }

  /** One keyword of one schema object. */
  private static final class Check {
    final Kind kind;
    final String keyword;
    /** type bits, a length or a count. */
    int n;
    /** type: the schema's types as networknt's mapping shows them; const: the value shown. */
    String text;
    /** enum: the values shown; type: the types in Chinese. */
    String label;
    String[] strings;
    boolean allowsNull;
    Long constInteger;
    String constString;
    Pattern pattern;
    /** items, or the target of $ref. */
    Node node;
    String ref;

    Check(Kind kind, String keyword) {
      this.kind = kind;
      this.keyword = keyword;
    }
  }

  /** The checks of one schema object, in networknt's order, and the members and items reached through $ref. */
  private static final class Node {
    Check[] checks = new Check[0];
    /** The unique properties of this node and its $ref targets: names in schema order. */
    String[] memberNames;
    Map<String, Integer> memberIndex;
    Node[] members;
    /** The unique items schema of this node and its $ref targets, or null. */
    Node items;
    /** Own properties before flattening. */
    LinkedHashMap<String, Node> ownMembers;
    Node ownItems;
  }

  private static int rank(String keyword) {
    // networknt 3's validator sort (stable): discriminator, type, properties, patternProperties, the
    // rest in schema order, unevaluated* last
    return switch (keyword) {
      case "discriminator" -> 0;
      case "type" -> 1;
      case "properties" -> 2;
      case "patternProperties" -> 3;
      case "unevaluatedItems", "unevaluatedProperties" -> 5;
      default -> 4;
    };
  }

  private static final class Compiler {
    private final JsonNode document;
    private final Map<String, Node> defs = new HashMap<>();
    private final List<Node> all = new ArrayList<>();

    Compiler(JsonNode document) {
      this.document = document;
    }

    Node compile(JsonNode schema, String at) {
      if (!schema.isObject()) {
        throw broken(at, "a schema must be an object");
      }
      Node node = new Node();
      all.add(node);
      List<Check> checks = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : schema.properties()) {
        String keyword = e.getKey();
        JsonNode value = e.getValue();
        String here = at + "/" + keyword;
        switch (keyword) {
          case "type" -> {
            Check c = new Check(Kind.TYPE, keyword);
            c.n = types(value, here);
            c.text = typesText(value);
            checks.add(c);
          }
          case "const" -> {
            Check c = new Check(Kind.CONST, keyword);
            if (value.isIntegralNumber() && value.canConvertToLong()) {
              c.constInteger = value.longValue();
            } else if (value.isString()) {
              c.constString = value.stringValue();
            } else {
              throw broken(here, "only integer or string constants are supported");
            }
            c.text = ModelDiagnostics.excerpt(value.isString() ? value.stringValue() : value.toString());
            checks.add(c);
          }
          case "enum" -> {
            Check c = new Check(Kind.ENUM, keyword);
            List<String> strings = new ArrayList<>();
            StringJoiner shown = new StringJoiner(", ");
            for (JsonNode v : value) {
              if (v.isString()) {
                strings.add(v.stringValue());
                shown.add(ModelDiagnostics.excerpt(v.stringValue()));
              } else if (v.isNull()) {
                c.allowsNull = true;
                shown.add("null");
              } else {
                throw broken(here, "only string and null values are supported");
              }
            }
            c.strings = strings.toArray(new String[0]);
            c.text = shown.toString();
            c.label = FieldLabels.enumValues(strings);
            checks.add(c);
          }
          case "maxLength", "minLength", "maxItems", "minItems" -> {
            Kind kind = switch (keyword) {
              case "maxLength" -> Kind.MAX_LENGTH;
              case "minLength" -> Kind.MIN_LENGTH;
              case "maxItems" -> Kind.MAX_ITEMS;
              default -> Kind.MIN_ITEMS;
            };
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
              throw broken(here, "must be a non-negative integer");
            }
            Check c = new Check(kind, keyword);
            c.n = value.intValue();
            c.text = value.asString();
            checks.add(c);
          }
          case "pattern" -> {
            Check c = new Check(Kind.PATTERN, keyword);
            c.text = value.stringValue();
            c.pattern = Pattern.compile(c.text);
            checks.add(c);
          }
          case "items" -> {
            Check c = new Check(Kind.ITEMS, keyword);
            c.node = compile(value, here);
            node.ownItems = c.node;
            checks.add(c);
          }
          case "properties" -> {
            LinkedHashMap<String, Node> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> m : value.properties()) {
              members.put(m.getKey(), compile(m.getValue(), here + "/" + m.getKey()));
            }
            node.ownMembers = members;
            checks.add(new Check(Kind.PROPERTIES, keyword));
          }
          case "required" -> {
            Check c = new Check(Kind.REQUIRED, keyword);
            List<String> names = new ArrayList<>();
            value.forEach(v -> names.add(v.stringValue()));
            c.strings = names.toArray(new String[0]);
            checks.add(c);
          }
          case "additionalProperties" -> {
            if (!value.isBoolean() || value.asBoolean()) {
              throw broken(here, "only additionalProperties: false is supported");
            }
            checks.add(new Check(Kind.CLOSED, keyword));
          }
          case "$ref" -> {
            if (!value.isString() || !value.stringValue().startsWith("#/$defs/")) {
              throw broken(here, "only local references #/$defs/… are supported");
            }
            Check c = new Check(Kind.REF, keyword);
            c.ref = value.stringValue();
            c.node = def(c.ref, here);
            checks.add(c);
          }
          default -> {
            if (!IGNORED.contains(keyword)) {
              throw broken(here, "keyword not supported");
            }
          }
        }
      }
      checks.sort((a, b) -> Integer.compare(rank(a.keyword), rank(b.keyword)));
      node.checks = checks.toArray(new Check[0]);
      return node;
    }

    private Node def(String ref, String at) {
      Node known = defs.get(ref);
      if (known != null) {
        return known;
      }
      JsonNode target = document.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw broken(at, "unresolved reference " + ref);
      }
      if (defs.containsKey(ref)) {
        throw broken(at, "recursive reference " + ref);
      }
      defs.put(ref, null);
      Node node = compile(target, ref);
      defs.put(ref, node);
      return node;
    }

    /** Gives every node the unique properties and items of it and its $ref targets. */
    void flatten() {
      for (Node n : all) {
        LinkedHashMap<String, Node> members = find(n, true, new HashSet<>());
        if (members != null) {
          n.memberNames = members.keySet().stream().map(String::intern).toArray(String[]::new);
          n.members = members.values().toArray(new Node[0]);
          Map<String, Integer> index = new HashMap<>();
          for (int i = 0; i < n.memberNames.length; i++) {
            index.put(n.memberNames[i], i);
          }
          n.memberIndex = Map.copyOf(index);
          if (n.members.length > Long.SIZE) {
            throw broken("#", "more than 64 members");
          }
        }
        n.items = findItems(n, new HashSet<>());
      }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Node> find(Node n, boolean top, Set<Node> seen) {
      if (!seen.add(n)) {
        return null;
      }
      LinkedHashMap<String, Node> found = n.ownMembers;
      for (Check c : n.checks) {
        if (c.kind == Kind.REF) {
          LinkedHashMap<String, Node> more = find(c.node, false, seen);
          if (more != null) {
            if (found != null) {
              throw broken("#", "properties given twice (through $ref)");
            }
            found = more;
          }
        }
      }
      return found;
    }

    private static Node findItems(Node n, Set<Node> seen) {
      if (!seen.add(n)) {
        return null;
      }
      Node found = n.ownItems;
      for (Check c : n.checks) {
        if (c.kind == Kind.REF) {
          Node more = findItems(c.node, seen);
          if (more != null) {
            if (found != null) {
              throw broken("#", "items given twice (through $ref)");
            }
            found = more;
          }
        }
      }
      return found;
    }

    private static int types(JsonNode value, String at) {
      int bits = 0;
      if (value.isString()) {
        bits = type(value.stringValue(), at);
      } else if (value.isArray() && !value.isEmpty()) {
        for (JsonNode t : value) {
          bits |= type(t.asString(), at);
        }
      } else {
        throw broken(at, "must be a type name or an array of them");
      }
      return bits;
    }

    private static int type(String name, String at) {
      return switch (name) {
        case "string" -> SchemaRules.STRING;
        case "integer" -> SchemaRules.INTEGER;
        case "number" -> SchemaRules.NUMBER | SchemaRules.INTEGER;
        case "object" -> SchemaRules.OBJECT;
        case "array" -> SchemaRules.ARRAY;
        case "boolean" -> SchemaRules.BOOLEAN;
        case "null" -> SchemaRules.NULL;
        default -> throw broken(at, "unknown type " + name);
      };
    }

    /** The types as {@link SchemaValidation#map} shows them. */
    private static String typesText(JsonNode value) {
      if (value.isArray()) {
        StringJoiner j = new StringJoiner(" | ");
        value.forEach(t -> j.add(t.asString()));
        return j.toString();
      }
      return value.asString();
    }

    private static IllegalStateException broken(String at, String why) {
      return new IllegalStateException("the bundled JSON Schema is broken for the checker at " + at + ": " + why);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // checking

  /** Thrown to decline; carries no stack trace. */
  private static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsure INSTANCE = new Unsure();

    private Unsure() {
      super("unsure", null, false, false);
    }
  }

  /** One violation, with what {@link SchemaValidation}'s repeat filter keys on. */
  private record Violation(String key, Diagnostic diagnostic) {}

  /**
   * Checks a document against the schema.
   *
   * @param bytes the document (UTF-8, already past the size and encoding checks)
   * @param factory the reading factory with the limits' stream constraints
   * @param limits the limits
   * @param labels names a pointer in Chinese ({@link FieldLabels#report} or {@link FieldLabels#checklist})
   * @return the located schema diagnostics, exactly as the slow path gives them; null when there are
   *     none or when the checker cannot tell them exactly (then the slow path decides)
   */
  List<Diagnostic> check(byte[] bytes, JsonFactory factory, Limits limits, UnaryOperator<String> labels) {
    List<Violation> found;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      Run run = new Run(p, limits, labels);
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      run.value(t, root, true);
      if (p.nextToken() != null) {
        return null;
      }
      found = run.out;
    } catch (Unsure | JacksonException e) {
      return null;
    }
    if (found.isEmpty()) {
      return null;
    }
    // SchemaValidation.validate: repeats dropped, then cut at the limit
    List<Diagnostic> distinct = new ArrayList<>(found.size());
    Set<String> seen = new HashSet<>();
    for (Violation v : found) {
      if (seen.add(v.key())) {
        distinct.add(v.diagnostic());
      }
    }
    int max = limits.maxDiagnostics();
    List<Diagnostic> out = distinct;
    if (distinct.size() > max) {
      out = new ArrayList<>(distinct.subList(0, max));
      out.add(ModelDiagnostics.of("limit.diagnostics", Severity.INFO, "", String.valueOf(max),
          String.valueOf(distinct.size())));
    }
    return Locator.locate(bytes, out);
  }

  /** The state of one check: the parser, the path to the current value, the violations found. */
  private static final class Run {
    private final JsonParser p;
    private final Limits limits;
    private final UnaryOperator<String> labels;
    final List<Violation> out = new ArrayList<>(2);
    /** The path to the current value: member names (String) and element indexes (Integer). */
    private final ArrayList<Object> path = new ArrayList<>();
    private int depth;

    Run(JsonParser p, Limits limits, UnaryOperator<String> labels) {
      this.p = p;
      this.limits = limits;
      this.labels = labels;
    }

    private String pointer() {
      if (path.isEmpty()) {
        return "";
      }
      StringBuilder b = new StringBuilder();
      for (Object o : path) {
        b.append('/');
        b.append(o instanceof String s ? ModelDiagnostics.escapeToken(s) : o.toString());
      }
      return b.toString();
    }

    private void add(String keyword, String property, Diagnostic d, String at) {
      out.add(new Violation(keyword + " " + at + " " + property, d));
    }

    /**
     * Reads one value (the current token) and adds its violations, in networknt's order, to {@link #out}.
     *
     * @param node the schema of the value, or null when it is not constrained
     */
    void value(JsonToken t, Node node, boolean isRoot) {
      if (node == null) {
        skip(t);
        return;
      }
      switch (t) {
        case START_OBJECT -> object(node, isRoot);
        case START_ARRAY -> array(node);
        case VALUE_STRING -> {
          String s = p.getString();
          if (node != null) {
            emit(node, node, SchemaRules.STRING, s, 0, null, null, null);
          }
        }
        case VALUE_NUMBER_INT -> {
          if (node != null) {
            JsonParser.NumberType type = p.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
              throw Unsure.INSTANCE;
            }
            emit(node, node, SchemaRules.INTEGER, null, p.getLongValue(), null, null, null);
          }
        }
        case VALUE_NUMBER_FLOAT -> {
          if (node != null) {
            throw Unsure.INSTANCE;
          }
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          if (node != null) {
            emit(node, node, SchemaRules.BOOLEAN, t == JsonToken.VALUE_TRUE ? "true" : "false", 0, null, null, null);
          }
        }
        case VALUE_NULL -> {
          if (node != null) {
            emit(node, node, SchemaRules.NULL, null, 0, null, null, null);
          }
        }
        default -> throw Unsure.INSTANCE;
      }
    }

    /**
     * Reads a value the schema does not constrain, without recursion (its nesting is bounded by the
     * depth limit only), checking what the slow path's tree checks: duplicate members, the member,
     * array and depth limits.
     */
    private void skip(JsonToken t) {
      java.util.ArrayDeque<Object> frames = new java.util.ArrayDeque<>();
      JsonToken cur = t;
      while (true) {
        if (cur != JsonToken.END_OBJECT && cur != JsonToken.END_ARRAY && cur != JsonToken.PROPERTY_NAME
            && frames.peek() instanceof int[] count && ++count[0] > limits.maxArrayLength()) {
          throw Unsure.INSTANCE;
        }
        switch (cur) {
          case START_OBJECT -> {
            enter();
            frames.push(new HashSet<String>());
          }
          case START_ARRAY -> {
            enter();
            frames.push(new int[1]);
          }
          case END_OBJECT, END_ARRAY -> {
            frames.pop();
            depth--;
          }
          case PROPERTY_NAME -> {
            @SuppressWarnings("unchecked")
            Set<String> names = (Set<String>) frames.peek();
            if (names.size() >= limits.maxObjectMembers() || !names.add(p.currentName())) {
              throw Unsure.INSTANCE;
            }
          }
          case VALUE_STRING -> p.getString();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> { }
          default -> throw Unsure.INSTANCE;
        }
        if (frames.isEmpty()) {
          return;
        }
        cur = p.nextToken();
        if (cur == null) {
          throw Unsure.INSTANCE;
        }
      }
    }

    private void enter() {
      if (++depth > limits.maxDepth()) {
        throw Unsure.INSTANCE;
      }
    }

    private void object(Node node, boolean isRoot) {
      enter();
      Node[] members = node == null ? null : node.members;
      List<List<Violation>> memberViolations = null;
      long present = 0;
      List<String> unknown = null;
      Set<String> unconstrained = node == null || members == null ? new HashSet<>() : null;
      int count = 0;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (++count > limits.maxObjectMembers()) {
          throw Unsure.INSTANCE;
        }
        JsonToken v = p.nextToken();
        int i = members == null ? -1 : member(node, name);
        path.add(name);
        if (i >= 0) {
          long bit = 1L << i;
          if ((present & bit) != 0) {
            throw Unsure.INSTANCE; // duplicate: the slow path's json.duplicate
          }
          present |= bit;
          if (isRoot && name.equals("schemaVersion")) {
            version(v);
          }
          int before = out.size();
          value(v, members[i], false);
          if (out.size() > before) {
            // properties are reported in the schema's order, not the document's
            if (memberViolations == null) {
              memberViolations = new ArrayList<>(java.util.Collections.nCopies(members.length, null));
            }
            memberViolations.set(i, new ArrayList<>(out.subList(before, out.size())));
            out.subList(before, out.size()).clear();
          }
        } else {
          if (unknown == null) {
            unknown = new ArrayList<>(1);
          }
          if (unconstrained != null ? !unconstrained.add(name) : unknown.contains(name)) {
            throw Unsure.INSTANCE;
          }
          unknown.add(name);
          if (isRoot && name.equals("schemaVersion")) {
            version(v);
          }
          value(v, null, false);
        }
        path.remove(path.size() - 1);
      }
      depth--;
      if (node != null) {
        emit(node, node, SchemaRules.OBJECT, null, 0, memberViolations, unknown == null ? List.of() : unknown,
            new long[] {present});
      }
    }

    private static int member(Node node, String name) {
      String[] names = node.memberNames;
      for (int k = 0; k < names.length; k++) {
        if (names[k] == name) {
          return k;
        }
      }
      Integer i = node.memberIndex.get(name);
      return i == null ? -1 : i;
    }

    /** The slow path reports any version but the integer 1 as schema.version, before the schema. */
    private void version(JsonToken v) {
      if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != 1) {
        throw Unsure.INSTANCE;
      }
    }

    private void array(Node node) {
      enter();
      Node items = node == null ? null : node.items;
      int count = 0;
      int before = out.size();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e == null || ++count > limits.maxArrayLength()) {
          throw Unsure.INSTANCE;
        }
        path.add(count - 1);
        value(e, items, false);
        path.remove(path.size() - 1);
      }
      depth--;
      if (node != null) {
        List<Violation> elements = null;
        if (out.size() > before) {
          elements = new ArrayList<>(out.subList(before, out.size()));
          out.subList(before, out.size()).clear();
        }
        emit(node, node, SchemaRules.ARRAY, null, count, null, elements == null ? List.of() : elements, null);
      }
    }

    /**
     * Adds the violations of one value in networknt's order.
     *
     * @param owner the schema of the value itself (node is it or one of its $ref targets)
     * @param type the value's type bit
     * @param text a string's value, or "true"/"false"
     * @param number an integer's value, or an array's size
     * @param memberViolations an object's members' violations by member index, or null
     * @param list an object's unknown members (String) or an array's elements' violations
     * @param present an object's present members, or null
     */
    private void emit(Node node, Node owner, int type, String text, long number, List<List<Violation>> memberViolations,
        List<?> list, long[] present) {
      for (Check c : node.checks) {
        switch (c.kind) {
          case TYPE -> {
            if ((c.n & type) == 0) {
              String at = pointer();
              String found = typeName(type);
              add("type", null, ModelDiagnostics.error("schema.type", at, c.text, found, labels.apply(at),
                  FieldLabels.types(c.text), FieldLabels.types(found)), at);
            }
          }
          case CONST -> {
            boolean ok = c.constInteger != null ? type == SchemaRules.INTEGER && number == c.constInteger
                : type == SchemaRules.STRING && c.constString.equals(text);
            if (!ok) {
              String at = pointer();
              add("const", null, ModelDiagnostics.error("schema.const", at, show(type, text, number), c.text,
                  labels.apply(at)), at);
            }
          }
          case ENUM -> {
            boolean ok = type == SchemaRules.NULL ? c.allowsNull
                : type == SchemaRules.STRING && contains(c.strings, text);
            if (!ok) {
              String at = pointer();
              add("enum", null, ModelDiagnostics.error("schema.enum", at, show(type, text, number), c.text,
                  labels.apply(at), c.label), at);
            }
          }
          case MAX_LENGTH, MIN_LENGTH -> {
            if (type == SchemaRules.STRING) {
              int units = text.length();
              boolean max = c.kind == Kind.MAX_LENGTH;
              // code points never outnumber UTF-16 units: count them only near the bound
              if (max ? units > c.n : c.n > 0) {
                int points = text.codePointCount(0, units);
                if (max ? points > c.n : points < c.n) {
                  String at = pointer();
                  add(c.keyword, null, ModelDiagnostics.error("schema." + c.keyword, at, c.text,
                      String.valueOf(points), labels.apply(at)), at);
                }
              }
            }
          }
          case PATTERN -> {
            if (type == SchemaRules.STRING && !c.pattern.matcher(text).find()) {
              String at = pointer();
              Diagnostic d = SchemaValidation.NON_BLANK_PATTERN.equals(c.text)
                  ? ModelDiagnostics.error("schema.blank", at, labels.apply(at))
                  : ModelDiagnostics.error("schema.pattern", at, ModelDiagnostics.excerpt(text),
                      SchemaValidation.patternForm(c.text), labels.apply(at), SchemaValidation.patternFormZh(c.text));
              add("pattern", null, d, at);
            }
          }
          case MAX_ITEMS, MIN_ITEMS -> {
            if (type == SchemaRules.ARRAY && (c.kind == Kind.MAX_ITEMS ? number > c.n : number < c.n)) {
              String at = pointer();
              add(c.keyword, null, ModelDiagnostics.error("schema." + c.keyword, at, c.text, String.valueOf(number),
                  labels.apply(at)), at);
            }
          }
          case ITEMS -> {
            if (type == SchemaRules.ARRAY) {
              for (Object v : list) {
                out.add((Violation) v);
              }
            }
          }
          case PROPERTIES -> {
            if (type == SchemaRules.OBJECT && memberViolations != null) {
              for (List<Violation> m : memberViolations) {
                if (m != null) {
                  out.addAll(m);
                }
              }
            }
          }
          case REQUIRED -> {
            if (type == SchemaRules.OBJECT) {
              for (String name : c.strings) {
                Integer i = owner.memberIndex == null ? null : owner.memberIndex.get(name);
                if (i == null || (present[0] & 1L << i) == 0) {
                  String at = pointer();
                  add("required", name, ModelDiagnostics.error("schema.required", at, name,
                      labels.apply(at + "/" + ModelDiagnostics.escapeToken(name))), at);
                }
              }
            }
          }
          case CLOSED -> {
            if (type == SchemaRules.OBJECT) {
              for (Object o : list) {
                String name = (String) o;
                String at = pointer();
                add("additionalProperties", name, ModelDiagnostics.error("schema.additionalProperties",
                    at + "/" + ModelDiagnostics.escapeToken(name), ModelDiagnostics.excerpt(name), labels.apply(at)),
                    at);
              }
            }
          }
          case REF -> emit(c.node, owner, type, text, number, memberViolations, list, present);
          default -> throw Unsure.INSTANCE;
        }
      }
    }

    private static boolean contains(String[] values, String s) {
      for (String v : values) {
        if (v.equals(s)) {
          return true;
        }
      }
      return false;
    }

    /** A value as {@link SchemaValidation#map} shows it; objects and arrays are declined. */
    private static String show(int type, String text, long number) {
      if (type == SchemaRules.STRING || type == SchemaRules.BOOLEAN) {
        return ModelDiagnostics.excerpt(text);
      }
      if (type == SchemaRules.INTEGER) {
        return String.valueOf(number);
      }
      if (type == SchemaRules.NULL) {
        return "null";
      }
      throw Unsure.INSTANCE;
    }

    private static String typeName(int type) {
      return switch (type) {
        case SchemaRules.STRING -> "string";
        case SchemaRules.INTEGER -> "integer";
        case SchemaRules.OBJECT -> "object";
        case SchemaRules.ARRAY -> "array";
        case SchemaRules.BOOLEAN -> "boolean";
        case SchemaRules.NULL -> "null";
        default -> throw Unsure.INSTANCE;
      };
    }
  }

}
