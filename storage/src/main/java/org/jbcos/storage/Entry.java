package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fields of one row: field name to value, values being bytes (EVM code, RLP blocks) or UTF-8
 * text (numbers, hex, names). Immutable; field names iterate in byte order, as the 2.x hash needs.
 */
public final class Entry {
  private static final Entry EMPTY = new Entry(new TreeMap<>());

  private final SortedMap<String, byte[]> fields;

  private Entry(TreeMap<String, byte[]> fields) {
    this.fields = Collections.unmodifiableSortedMap(fields);
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

  /** Wraps a map the caller gives up; no copy. */
  static Entry adopt(TreeMap<String, byte[]> fields) {
    return new Entry(fields);
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /** The value as UTF-8 text. */
  public Optional<String> get(String field) {
    byte[] v = fields.get(field);
    return v == null ? Optional.empty() : Optional.of(new String(v, StandardCharsets.UTF_8));
  }

  /** The value as UTF-8 text, or "" when the field is absent. */
  public String getOrEmpty(String field) {
    return get(field).orElse("");
  }

  /** A copy of the raw value. */
  public Optional<byte[]> bytes(String field) {
    byte[] v = fields.get(field);
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  /** The raw value without a copy; callers in this package never mutate it. */
  byte[] raw(String field) {
    return fields.get(field);
  }

  /** Field names in byte order. */
  public Iterable<String> names() {
    return fields.keySet();
  }

  SortedMap<String, byte[]> view() {
    return fields;
  }

  public int size() {
    return fields.size();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.fields.putAll(fields);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Entry other) || other.fields.size() != fields.size()) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : fields.entrySet()) {
      byte[] v = other.fields.get(e.getKey());
      if (v == null || !Arrays.equals(v, e.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Map.Entry<String, byte[]> e : fields.entrySet()) {
      h = 31 * h + e.getKey().hashCode();
      h = 31 * h + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, byte[]> e : fields.entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(e.getKey()).append('=').append(printable(e.getValue()));
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
      return set(field, value.getBytes(StandardCharsets.UTF_8));
    }

    public Builder set(String field, byte[] value) {
      fields.put(requireName(field), value.clone());
      return this;
    }

    Builder setNoCopy(String field, byte[] value) {
      fields.put(requireName(field), value);
      return this;
    }

    public Entry build() {
      return new Entry(new TreeMap<>(fields));
    }

    private static String requireName(String field) {
      if (field == null) {
        throw new IllegalArgumentException("null field name");
      }
      return field;
    }
  }
}
