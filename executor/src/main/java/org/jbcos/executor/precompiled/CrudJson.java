package org.jbcos.executor.precompiled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.NamingRules;

/**
 * The JSON strings of CRUD (0x1002), as the SDK's {@code TableCRUDService} sends and reads them:
 *
 * <ul>
 *   <li>an entry: {@code {"field":"value",…}}; numbers and booleans count as their text, null as
 *       "";
 *   <li>a condition: {@code {"field":{"eq":"v","gt":"3",…},…,"limit":{"limit":"offset,count"}}}
 *       with operations eq, ne, gt, ge, lt, le and limit; members named with a leading or trailing
 *       '_' are skipped, as 2.9 does; gt/ge/lt/le bounds must be int64;
 *   <li>a select result: a JSON array of row objects (key field and value fields).
 * </ul>
 */
final class CrudJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A JSON string CRUD cannot use; {@link #code} is the code to return. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    Invalid(int code, String message) {
      super(message);
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  private CrudJson() {}

  static Entry entry(String json) throws Invalid {
    JsonNode root = parse(json, ReturnCodes.PARSE_ENTRY_ERROR);
    if (!root.isObject()) {
      throw new Invalid(ReturnCodes.PARSE_ENTRY_ERROR, "entry is not an object");
    }
    Entry.Builder b = Entry.builder();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode v = field.getValue();
      if (v.isContainerNode()) {
        throw new Invalid(ReturnCodes.PARSE_ENTRY_ERROR, field.getKey() + " is not a value");
      }
      b.set(field.getKey(), v.isNull() ? "" : v.asText());
    }
    return b.build();
  }

  /**
   * The condition {@code json} describes; each operation is recorded in {@code gas}, as 2.9 does.
   */
  static Condition condition(String json, PrecompiledGas gas) throws Invalid {
    JsonNode root = parse(json, ReturnCodes.PARSE_CONDITION_ERROR);
    if (!root.isObject()) {
      throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, "condition is not an object");
    }
    Condition condition = Condition.all();
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String field = member.getKey();
      if (!NamingRules.isHashField(field)) {
        continue;
      }
      if (!member.getValue().isObject()) {
        throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, field + " has no operations");
      }
      for (Map.Entry<String, JsonNode> op : member.getValue().properties()) {
        condition = withOperation(condition, field, op.getKey(), op.getValue().asText(), gas);
      }
    }
    return condition;
  }

  private static Condition withOperation(
      Condition c, String field, String op, String value, PrecompiledGas gas) throws Invalid {
    Condition changed =
        switch (op) {
          case "eq" -> c.eq(field, value);
          case "ne" -> c.ne(field, value);
          case "gt" -> c.gt(field, int64(value));
          case "ge" -> c.ge(field, int64(value));
          case "lt" -> c.lt(field, int64(value));
          case "le" -> c.le(field, int64(value));
          case "limit" -> limit(c, value);
          default ->
              throw new Invalid(ReturnCodes.CONDITION_OPERATION_UNDEFINED, "operation " + op);
        };
    gas.record(PrecompiledGas.Operation.valueOf(op.toUpperCase(Locale.ROOT)));
    return changed;
  }

  private static Condition limit(Condition c, String offsetCount) throws Invalid {
    String[] parts = offsetCount.split(",", -1);
    if (parts.length != 2) {
      throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, "limit '" + offsetCount + "'");
    }
    try {
      int offset = Integer.parseInt(parts[0].trim());
      int count = Integer.parseInt(parts[1].trim());
      if (offset < 0 || count < 0) {
        throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, "negative limit " + offsetCount);
      }
      return c.limit(offset, count);
    } catch (NumberFormatException e) {
      throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, "limit '" + offsetCount + "'");
    }
  }

  private static long int64(String value) throws Invalid {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new Invalid(ReturnCodes.PARSE_CONDITION_ERROR, "not an int64: '" + value + "'");
    }
  }

  /** The rows as a JSON array of objects of text fields. */
  static String rows(List<Entry> rows) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Entry row : rows) {
      ObjectNode o = array.addObject();
      for (String name : row.names()) {
        o.put(name, row.getOrEmpty(name));
      }
    }
    return array.toString();
  }

  private static JsonNode parse(String json, int code) throws Invalid {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new Invalid(code, "empty JSON");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new Invalid(code, e.getOriginalMessage());
    }
  }
}
