package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fields of one row: field name to value, values being bytes (EVM code, RLP blocks) or UTF-8
 * text (numbers, hex, names). Immutable; field names iterate in byte order, as the 2.x hash needs.
 */
public final class Entry {
  private static final Entry EMPTY = new Entry(new String[0], new byte[0][]);

  // sorted by name; rows have a handful of fields, so arrays beat a map
  private final String[] names;
  private final byte[][] values;

  private Entry(String[] names, byte[][] values) {
    this.names = names;
    this.values = values;
  }

  public static Entry empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An entry of text fields. */
  public static Entry of(Map<String, String> textFields) {
    Builder b = builder();
    textFields.forEach(b::set);
    return b.build();
  }

  /** An entry of alternating field names and text values: {@code of("key", "k", "value", "v")}. */
  public static Entry of(String... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("odd number of arguments: names and values must pair up");
    }
    Builder b = builder();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      b.set(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return b.build();
  }

  /** Wraps a map the caller gives up; values are not copied. */
  static Entry adopt(SortedMap<String, byte[]> fields) {
    String[] n = new String[fields.size()];
    byte[][] v = new byte[fields.size()][];
    int i = 0;
    for (Map.Entry<String, byte[]> e : fields.entrySet()) {
      n[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return new Entry(n, v);
  }

  public boolean has(String field) {
    return index(field) >= 0;
  }

  /** The value as UTF-8 text. */
  public Optional<String> get(String field) {
    byte[] v = raw(field);
    return v == null ? Optional.empty() : Optional.of(new String(v, StandardCharsets.UTF_8));
  }

  /** The value as UTF-8 text, or "" when the field is absent. */
  public String getOrEmpty(String field) {
    byte[] v = raw(field);
    return v == null ? "" : new String(v, StandardCharsets.UTF_8);
  }

  /** A copy of the raw value. */
  public Optional<byte[]> bytes(String field) {
    byte[] v = raw(field);
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  /** The raw value without a copy; callers in this package never mutate it. */
  byte[] raw(String field) {
    int i = index(field);
    return i < 0 ? null : values[i];
  }

  /** Field names in byte order. */
  public List<String> names() {
    return Arrays.asList(names.clone());
  }

  /** The fields as a new mutable map sharing the value arrays. */
  TreeMap<String, byte[]> toMap() {
    TreeMap<String, byte[]> m = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return m;
  }

  String nameAt(int i) {
    return names[i];
  }

  byte[] rawAt(int i) {
    return values[i];
  }

  public int size() {
    return names.length;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < names.length; i++) {
      b.fields.put(names[i], values[i]);
    }
    return b;
  }

  private int index(String field) {
    // names are few; a linear scan is as fast as a search
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(field)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Entry other) || !Arrays.equals(names, other.names)) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (!Arrays.equals(values[i], other.values[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(names);
    for (byte[] v : values) {
      h = 31 * h + Arrays.hashCode(v);
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names[i]).append('=').append(printable(values[i]));
    }
    return sb.append('}').toString();
  }

  private static String printable(byte[] v) {
    for (byte b : v) {
      if (b < 0x20 || b > 0x7e) {
        return "0x" + org.jbcos.crypto.Hex.encode(v);
      }
    }
    return new String(v, StandardCharsets.US_ASCII);
  }

  /** Collects fields; later values for the same name replace earlier ones. */
  public static final class Builder {
    private final TreeMap<String, byte[]> fields = new TreeMap<>();

    private Builder() {}

    public Builder set(String field, String value) {
      fields.put(requireName(field), value.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    public Builder set(String field, byte[] value) {
      fields.put(requireName(field), value.clone());
      return this;
    }

    public Entry build() {
      return adopt(fields);
    }

    private static String requireName(String field) {
      if (field == null) {
        throw new IllegalArgumentException("null field name");
      }
      return field;
    }
  }
}
