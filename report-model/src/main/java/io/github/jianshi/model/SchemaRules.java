package io.github.jianshi.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bundled JSON Schema compiled into rules that the fast path ({@link WireReader}) checks token by
 * token: member tables, required sets, closed objects, types (with {@code null}), {@code const},
 * {@code enum}, lengths in code points, patterns, item counts; {@code $ref} (local, {@code #/$defs/…})
 * is resolved at compile time by merging the referenced schema with its neighbours (both must hold,
 * as in draft 2020-12). The schema is the only source of these constraints: the reader holds none of
 * its own.
 *
 * <p>Only the subset of draft 2020-12 that the bundled schemas use is supported; any other keyword,
 * or a form of a supported one that is not (a non-local {@code $ref}, an open object with a schema
 * for additional members, an enum of numbers), makes {@link #compile} throw: the bundled resource is
 * then broken. Annotations ({@code title}, {@code description}, {@code $comment}) are ignored.
 *
 * <p>Immutable and thread-safe once compiled.
 */
final class SchemaRules {
  /** Type bits of {@link Rule#types}. */
  static final int STRING = 1;
  static final int INTEGER = 1 << 1;
  static final int NUMBER = 1 << 2;
  static final int OBJECT = 1 << 3;
  static final int ARRAY = 1 << 4;
  static final int BOOLEAN = 1 << 5;
  static final int NULL = 1 << 6;
  static final int ANY = (1 << 7) - 1;

  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static final SchemaRules REPORT = compile(JsonSchemas.resourceText(JsonSchemas.REPORT_SCHEMA_RESOURCE));
  static final SchemaRules CHECKLIST = compile(JsonSchemas.resourceText(JsonSchemas.CHECKLIST_SCHEMA_RESOURCE));

  private final Rule root;
  private final SchemaChecker checker;

  private SchemaRules(Rule root, SchemaChecker checker) {
    this.root = root;
    this.checker = checker;
  }

  /** The same schema compiled for producing diagnostics in one streaming pass. */
  SchemaChecker checker() {
    return checker;
  }

  /** The rule of the document's root value. */
  Rule root() {
    return root;
  }

  /**
   * Compiles a schema.
   *
   * @param schemaText the JSON text of a draft 2020-12 schema
   * @return the rules
   * @throws IllegalStateException when the schema uses what the fast path cannot check
   */
  static SchemaRules compile(String schemaText) {
    JsonNode schema;
    try {
      schema = MAPPER.readTree(schemaText);
    } catch (RuntimeException e) {
      throw new IllegalStateException("a bundled JSON Schema is not JSON", e);
    }
    return new SchemaRules(new Compiler(schema).compile(schema, "#", new HashSet<>()),
        SchemaChecker.compile(schemaText));
  }

  /** The constraints on one value, all of which must hold. */
  static final class Rule {
    int types = ANY;
    /** An integer {@code const}, or null. */
    Long constInteger;
    /** A string {@code const}, or null. */
    String constString;
    /** The string values of an {@code enum}, or null when there is none. */
    Set<String> enumStrings;
    /** The same values as an array, searched in order (enums are short). */
    String[] enumArray;
    /** Whether an {@code enum} allows null. */
    boolean enumNull;
    int maxLength = Integer.MAX_VALUE;
    int minLength;
    Pattern[] patterns = new Pattern[0];
    int maxItems = Integer.MAX_VALUE;
    int minItems;
    /** The rule of every array element, or null when elements are not constrained. */
    Rule items;
    /** Object members in schema order; null when the rule has no {@code properties}. */
    Map<String, Integer> memberIndex;
    /**
     * The member names by index, interned: the parser interns the names it reads, so a lookup first
     * compares references (a few comparisons, no hashing) and only then falls back to the map.
     */
    String[] memberNames = new String[0];
    Rule[] members = new Rule[0];
    /** The bits of the required members (index = position in {@link #memberIndex}). */
    long required;
    /** {@code additionalProperties: false}. */
    boolean closed;

    /** Whether {@code null} is accepted (then an optional member is treated as absent). */
    boolean allowsNull() {
      return (types & NULL) != 0 && (enumStrings == null || enumNull) && constInteger == null
          && constString == null;
    }

    /**
     * The index of a member.
     *
     * @return the index, or -1 when the member is unknown
     */
    int member(String name) {
      if (memberIndex == null) {
        return -1;
      }
      String[] names = memberNames;
      for (int k = 0; k < names.length; k++) {
        if (names[k] == name) {
          return k;
        }
      }
      Integer i = memberIndex.get(name);
      return i == null ? -1 : i;
    }

    private static boolean oneOf(String[] values, String s) {
      for (String v : values) {
        if (v.equals(s)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a string value satisfies this rule. */
    boolean acceptsString(String s) {
      return acceptsString(s, null);
    }

    /**
     * Whether a string value satisfies this rule, matching the patterns with the caller's matchers (one
     * per pattern, reused for every string of one document by one thread) rather than a new matcher
     * each time.
     *
     * @param s the value
     * @param matchers the caller's matchers by pattern, filled as needed; null for fresh matchers
     */
    boolean acceptsString(String s, java.util.Map<Pattern, java.util.regex.Matcher> matchers) {
      if ((types & STRING) == 0 || constInteger != null) {
        return false;
      }
      if (constString != null && !constString.equals(s)) {
        return false;
      }
      if (enumArray != null && !oneOf(enumArray, s)) {
        return false;
      }
      int units = s.length();
      // code points never outnumber UTF-16 units: count them only near the bounds
      if (units > maxLength && s.codePointCount(0, units) > maxLength) {
        return false;
      }
      if (minLength > 0 && (units < minLength || s.codePointCount(0, units) < minLength)) {
        return false;
      }
      for (Pattern p : patterns) {
        java.util.regex.Matcher m = matchers == null ? p.matcher(s) : matchers.computeIfAbsent(p, q -> q.matcher("")).reset(s);
        if (!m.find()) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Compiler {
    private final JsonNode document;

    Compiler(JsonNode document) {
      this.document = document;
    }

    Rule compile(JsonNode schema, String at, Set<String> resolving) {
      if (!schema.isObject()) {
        throw broken(at, "a schema must be an object");
      }
      Rule rule = new Rule();
      apply(rule, schema, at, resolving);
      return rule;
    }

    /** Adds a schema object's constraints to a rule (a conjunction). */
    private void apply(Rule rule, JsonNode schema, String at, Set<String> resolving) {
      for (Map.Entry<String, JsonNode> e : schema.properties()) {
        String keyword = e.getKey();
        JsonNode value = e.getValue();
        String here = at + "/" + keyword;
        switch (keyword) {
          case "$schema", "$id" -> {
            if (!at.equals("#")) {
              throw broken(here, "only allowed at the root");
            }
          }
          case "$defs" -> {
            if (!at.equals("#")) {
              throw broken(here, "only allowed at the root");
            }
          }
          case "type" -> rule.types &= types(value, here);
          case "const" -> constant(rule, value, here);
          case "enum" -> enumeration(rule, value, here);
          case "maxLength" -> rule.maxLength = Math.min(rule.maxLength, count(value, here));
          case "minLength" -> rule.minLength = Math.max(rule.minLength, count(value, here));
          case "maxItems" -> rule.maxItems = Math.min(rule.maxItems, count(value, here));
          case "minItems" -> rule.minItems = Math.max(rule.minItems, count(value, here));
          case "pattern" -> rule.patterns = append(rule.patterns, pattern(value, here));
          case "items" -> {
            if (rule.items != null) {
              throw broken(here, "items given twice (through $ref)");
            }
            rule.items = compile(value, here, resolving);
          }
          case "properties" -> properties(rule, value, here, resolving);
          case "required" -> { } // after properties, below
          case "additionalProperties" -> {
            if (!value.isBoolean() || value.asBoolean()) {
              throw broken(here, "only additionalProperties: false is supported");
            }
            rule.closed = true;
          }
          case "$ref" -> reference(rule, value, here, resolving);
          default -> {
            if (!ANNOTATIONS.contains(keyword)) {
              throw broken(here, "keyword not supported by the fast path");
            }
          }
        }
      }
      JsonNode required = schema.get("required");
      if (required != null) {
        if (!required.isArray()) {
          throw broken(at + "/required", "must be an array");
        }
        for (JsonNode name : required) {
          int i = name.isString() ? rule.member(name.stringValue()) : -1;
          if (i < 0) {
            throw broken(at + "/required", "names a member without a schema in properties: " + name);
          }
          rule.required |= 1L << i;
        }
      }
    }

    private void reference(Rule rule, JsonNode value, String at, Set<String> resolving) {
      if (!value.isString() || !value.stringValue().startsWith("#/$defs/")) {
        throw broken(at, "only local references #/$defs/… are supported");
      }
      String ref = value.stringValue();
      if (!resolving.add(ref)) {
        throw broken(at, "recursive reference " + ref);
      }
      JsonNode target = document.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw broken(at, "unresolved reference " + ref);
      }
      apply(rule, target, ref, resolving);
      resolving.remove(ref);
    }

    private void properties(Rule rule, JsonNode value, String at, Set<String> resolving) {
      if (!value.isObject()) {
        throw broken(at, "must be an object");
      }
      if (rule.memberIndex != null) {
        throw broken(at, "properties given twice (through $ref)");
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      List<Rule> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> m : value.properties()) {
        if (members.size() == Long.SIZE) {
          throw broken(at, "more than 64 members");
        }
        index.put(m.getKey(), members.size());
        members.add(compile(m.getValue(), at + "/" + m.getKey(), resolving));
      }
      rule.memberIndex = Map.copyOf(index);
      rule.memberNames = index.keySet().stream().map(String::intern).toArray(String[]::new);
      rule.members = members.toArray(new Rule[0]);
    }

    private static int types(JsonNode value, String at) {
      int bits = 0;
      if (value.isString()) {
        bits = type(value.stringValue(), at);
      } else if (value.isArray() && !value.isEmpty()) {
        for (JsonNode t : value) {
          bits |= t.isString() ? type(t.stringValue(), at) : type("", at);
        }
      } else {
        throw broken(at, "must be a type name or an array of them");
      }
      return bits;
    }

    private static int type(String name, String at) {
      return switch (name) {
        case "string" -> STRING;
        // an integer is a number; a number type also admits integers
        case "integer" -> INTEGER;
        case "number" -> NUMBER | INTEGER;
        case "object" -> OBJECT;
        case "array" -> ARRAY;
        case "boolean" -> BOOLEAN;
        case "null" -> NULL;
        default -> throw broken(at, "unknown type " + name);
      };
    }

    private static void constant(Rule rule, JsonNode value, String at) {
      if (value.isIntegralNumber() && value.canConvertToLong()) {
        rule.constInteger = value.longValue();
        rule.types &= INTEGER | NUMBER;
      } else if (value.isString()) {
        rule.constString = value.stringValue();
        rule.types &= STRING;
      } else {
        throw broken(at, "only integer or string constants are supported");
      }
    }

    private static void enumeration(Rule rule, JsonNode value, String at) {
      if (!value.isArray() || value.isEmpty() || rule.enumStrings != null) {
        throw broken(at, "must be a non-empty array, given once");
      }
      Set<String> strings = new HashSet<>();
      int allowed = 0;
      for (JsonNode v : value) {
        if (v.isString()) {
          strings.add(v.stringValue());
          allowed |= STRING;
        } else if (v.isNull()) {
          rule.enumNull = true;
          allowed |= NULL;
        } else {
          throw broken(at, "only string and null values are supported");
        }
      }
      rule.enumStrings = Set.copyOf(strings);
      rule.enumArray = strings.toArray(new String[0]);
      rule.types &= allowed;
    }

    private static int count(JsonNode value, String at) {
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
        throw broken(at, "must be a non-negative integer");
      }
      return value.intValue();
    }

    private static Pattern pattern(JsonNode value, String at) {
      if (!value.isString()) {
        throw broken(at, "must be a string");
      }
      try {
        return Pattern.compile(value.stringValue());
      } catch (PatternSyntaxException e) {
        throw broken(at, "not a regular expression: " + e.getDescription());
      }
    }

    private static Pattern[] append(Pattern[] patterns, Pattern p) {
      Pattern[] out = java.util.Arrays.copyOf(patterns, patterns.length + 1);
      out[patterns.length] = p;
      return out;
    }

    private static IllegalStateException broken(String at, String why) {
      return new IllegalStateException("the bundled JSON Schema is broken for the fast path at " + at + ": " + why);
    }
  }
}
