package org.jbcos.storage.rocksdb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Row;
import org.jbcos.storage.StorageException;

/**
 * The value stored under one RocksDB key: every row of that table key, removed ones included.
 *
 * <pre>
 * version(1) count(varint) { id(varint) num(varint) status(1) fields(varint) { name(len+bytes) value(len+bytes) } }
 * </pre>
 *
 * 2.x stores a Boost binary archive here instead; JBCOS does not read 2.x data directories.
 */
final class RowCodec {
  private static final int VERSION = 1;

  private RowCodec() {}

  static byte[] encode(Collection<Row> rows) {
    // two passes, sizing then writing, to fill one exact array
    List<byte[]> parts = new ArrayList<>();
    int size = 1 + varLength(rows.size());
    for (Row r : rows) {
      size += varLength(r.id()) + varLength(r.num()) + 1 + varLength(r.fields().size());
      for (String name : r.fields().names()) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = r.fields().bytes(name).orElseThrow();
        parts.add(n);
        parts.add(v);
        size += varLength(n.length) + n.length + varLength(v.length) + v.length;
      }
    }
    byte[] out = new byte[size];
    int pos = 0;
    out[pos++] = VERSION;
    pos = writeVarLong(out, pos, rows.size());
    int part = 0;
    for (Row r : rows) {
      pos = writeVarLong(out, pos, r.id());
      pos = writeVarLong(out, pos, r.num());
      out[pos++] = (byte) r.status();
      pos = writeVarLong(out, pos, r.fields().size());
      for (int f = 0; f < r.fields().size() * 2; f++) {
        byte[] b = parts.get(part++);
        pos = writeVarLong(out, pos, b.length);
        System.arraycopy(b, 0, out, pos, b.length);
        pos += b.length;
      }
    }
    return out;
  }

  static List<Row> decode(byte[] data) {
    try {
      Reader in = new Reader(data);
      int version = in.readByte();
      if (version != VERSION) {
        throw new StorageException("unknown row encoding version " + version);
      }
      int count = in.readLength();
      List<Row> rows = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        long id = in.readVarLong();
        long num = in.readVarLong();
        int status = in.readByte();
        int fields = in.readLength();
        Entry.Builder b = Entry.builder();
        for (int f = 0; f < fields; f++) {
          String name = new String(in.readBytes(), StandardCharsets.UTF_8);
          b.set(name, in.readBytes());
        }
        rows.add(new Row(id, num, status != 0, b.build()));
      }
      if (in.pos != data.length) {
        throw new StorageException("trailing bytes after rows");
      }
      return rows;
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      throw new StorageException("corrupt row data", e);
    }
  }

  private static int varLength(long v) {
    int n = 1;
    while ((v & ~0x7FL) != 0) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  private static int writeVarLong(byte[] out, int pos, long v) {
    while ((v & ~0x7FL) != 0) {
      out[pos++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out[pos++] = (byte) v;
    return pos;
  }

  private static final class Reader {
    private final byte[] data;
    private int pos;

    Reader(byte[] data) {
      this.data = data;
    }

    int readByte() {
      return data[pos++] & 0xFF;
    }

    long readVarLong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = readByte();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new StorageException("varint too long");
    }

    int readLength() {
      long n = readVarLong();
      if (n < 0 || n > data.length - pos) {
        throw new StorageException("length " + n + " beyond the data");
      }
      return (int) n;
    }

    byte[] readBytes() {
      int n = readLength();
      byte[] b = new byte[n];
      System.arraycopy(data, pos, b, 0, n);
      pos += n;
      return b;
    }
  }
}
