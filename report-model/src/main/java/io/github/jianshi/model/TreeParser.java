package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON tree from UTF-8 bytes while enforcing the {@link Limits}: nesting depth, string and
 * name length (by Jackson's stream constraints, while the string is read), array length, object
 * members, duplicate member names, trailing content. The first problem ends the parse with one
 * located diagnostic.
 */
final class TreeParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeParser() {}

  /** The tree, or the diagnostic that stopped the parse. */
  record Parsed(JsonNode root, Diagnostic problem) {}

  static Parsed parse(byte[] bytes, JsonFactory factory, Limits limits) {
    JsonParser p = null;
    try {
      p = factory.createParser(ObjectReadContext.empty(), bytes);
      return build(p, bytes, limits);
    } catch (StreamConstraintsException e) {
      return new Parsed(null, constraint(e, p, bytes, limits));
    } catch (UnexpectedEndOfInputException e) {
      return new Parsed(null, ModelDiagnostics.at("json.eof", pointer(p), position(e.getLocation(), bytes)));
    } catch (JacksonException e) {
      String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      Position at = position(e.getLocation(), bytes);
      if (detail.startsWith("Invalid UTF-8")) {
        return new Parsed(null, ModelDiagnostics.at("json.encoding", pointer(p), at));
      }
      return new Parsed(null, ModelDiagnostics.at("json.syntax", pointer(p), at, firstLine(detail)));
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException ignored) {
          // closing a byte-array parser releases buffers only
        }
      }
    }
  }

  private static Parsed build(JsonParser p, byte[] bytes, Limits limits) {
    JsonToken t = p.nextToken();
    if (t == null) {
      return new Parsed(null, ModelDiagnostics.at("json.empty", "", Position.of(bytes, bytes.length)));
    }
    Deque<ContainerNode<?>> stack = new ArrayDeque<>();
    JsonNode root = null;
    String name = null;
    while (true) {
      JsonNode value;
      switch (t) {
        case START_OBJECT -> value = NODES.objectNode();
        case START_ARRAY -> value = NODES.arrayNode();
        case END_OBJECT, END_ARRAY -> {
          stack.pop();
          value = null;
        }
        case PROPERTY_NAME -> {
          name = p.currentName();
          ObjectNode parent = (ObjectNode) stack.peek();
          if (parent.has(name)) {
            return problem("json.duplicate", p, bytes, ModelDiagnostics.excerpt(name));
          }
          if (parent.size() >= limits.maxObjectMembers()) {
            return problem("limit.members", p, bytes, String.valueOf(limits.maxObjectMembers()));
          }
          value = null;
        }
        case VALUE_STRING -> value = NODES.stringNode(p.getString());
        case VALUE_NUMBER_INT -> value = switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
        case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> value = NODES.booleanNode(true);
        case VALUE_FALSE -> value = NODES.booleanNode(false);
        case VALUE_NULL -> value = NODES.nullNode();
        default -> {
          return problem("json.syntax", p, bytes, t.name());
        }
      }
      if (value != null) {
        ContainerNode<?> parent = stack.peek();
        if (parent == null) {
          root = value;
        } else if (parent instanceof ArrayNode array) {
          if (array.size() >= limits.maxArrayLength()) {
            return problem("limit.array", p, bytes, String.valueOf(limits.maxArrayLength()));
          }
          array.add(value);
        } else {
          ((ObjectNode) parent).set(name, value);
        }
        if (value instanceof ContainerNode<?> container) {
          if (stack.size() >= limits.maxDepth()) {
            return problem("limit.depth", p, bytes, String.valueOf(limits.maxDepth()));
          }
          stack.push(container);
        }
      }
      if (stack.isEmpty()) {
        break;
      }
      t = p.nextToken();
      if (t == null) {
        return new Parsed(null, ModelDiagnostics.at("json.eof", pointer(p), Position.of(bytes, bytes.length)));
      }
    }
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (JacksonException e) {
      after = JsonToken.NOT_AVAILABLE;
    }
    if (after != null) {
      TokenStreamLocation at = p.currentTokenLocation();
      return new Parsed(null, ModelDiagnostics.at("json.trailing", "", position(at, bytes)));
    }
    return new Parsed(root, null);
  }

  private static Parsed problem(String code, JsonParser p, byte[] bytes, String... arguments) {
    return new Parsed(null, ModelDiagnostics.at(code, pointer(p), position(p.currentTokenLocation(), bytes),
        arguments));
  }

  private static Diagnostic constraint(StreamConstraintsException e, JsonParser p, byte[] bytes, Limits limits) {
    String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Position at = p == null ? null : position(p.currentTokenLocation(), bytes);
    String pointer = pointer(p);
    if (detail.startsWith("Name length") && p != null) {
      // the name is not the context's current name yet: point at the object that holds it, and at
      // the name's opening quote (the parser stopped somewhere inside or just after the name)
      return ModelDiagnostics.at("limit.string", parentPointer(p), nameStart(p, bytes),
          String.valueOf(limits.maxStringLength()));
    }
    if (detail.startsWith("String value length") || detail.startsWith("Name length")) {
      return ModelDiagnostics.at("limit.string", pointer, at, String.valueOf(limits.maxStringLength()));
    }
    if (detail.startsWith("Document nesting depth")) {
      return ModelDiagnostics.at("limit.depth", pointer, at, String.valueOf(limits.maxDepth()));
    }
    if (detail.startsWith("Document length")) {
      return ModelDiagnostics.at("limit.size", "", null, String.valueOf(limits.maxDocumentBytes()));
    }
    if (detail.startsWith("Number value length")) {
      return ModelDiagnostics.at("limit.number", pointer, at);
    }
    return ModelDiagnostics.at("json.syntax", pointer, at, firstLine(detail));
  }

  /** The pointer of the object whose member name is being read ("" at the root). */
  private static String parentPointer(JsonParser p) {
    try {
      TokenStreamContext parent = p.streamReadContext().getParent();
      return parent == null ? "" : parent.pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * The position of the opening quote of the member name being read: found by skipping, from the start
   * of the last token returned ({@code {} or the previous member's value), that token, then white
   * space and the comma. Scanning back from where the parser stopped could not tell the name's quotes
   * apart; this forward step is exact and reads only the previous token.
   */
  private static Position nameStart(JsonParser p, byte[] bytes) {
    TokenStreamLocation previous = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    long from = previous == null ? -1 : previous.getByteOffset();
    if (token == null || from < 0 || from >= bytes.length || previous.getLineNr() < 1) {
      return position(p.currentLocation(), bytes);
    }
    int i = (int) from;
    int n = bytes.length;
    if (token == JsonToken.VALUE_STRING) {
      for (i++; i < n && bytes[i] != '"'; i++) {
        if (bytes[i] == '\\') {
          i++;
        }
      }
      i++;
    } else if (token.isStructStart() || token.isStructEnd()) {
      i++;
    } else {
      while (i < n && ",}] \t\r\n".indexOf(bytes[i]) < 0) {
        i++;
      }
    }
    int line = previous.getLineNr();
    for (; i < n && bytes[i] != '"'; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r' && (i + 1 >= n || bytes[i + 1] != '\n')) {
        line++;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != ',') {
        return position(p.currentLocation(), bytes);
      }
    }
    return i < n ? Position.at(bytes, line, i) : position(p.currentLocation(), bytes);
  }

  private static String pointer(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Position position(TokenStreamLocation location, byte[] bytes) {
    if (location == null) {
      return null;
    }
    long offset = location.getByteOffset();
    if (offset >= 0 && location.getLineNr() > 0) {
      return Position.at(bytes, location.getLineNr(), offset);
    }
    if (offset >= 0) {
      return Position.of(bytes, offset);
    }
    if (location.getLineNr() > 0 && location.getColumnNr() > 0) {
      return new Position(location.getLineNr(), location.getColumnNr());
    }
    return null;
  }

  private static String firstLine(String detail) {
    int cut = detail.indexOf('\n');
    String line = cut < 0 ? detail : detail.substring(0, cut);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
