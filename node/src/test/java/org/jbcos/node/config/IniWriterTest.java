package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IniWriterTest {
  @Test
  void writesIndentedKeysAndCommentsThatReadBack() {
    String text =
        new IniWriter()
            .section("a")
            .comment("a comment")
            .entry("k", "v")
            .disabled("off", "1")
            .section("b")
            .entry("n", 3)
            .entry("flag", true)
            .toString();

    assertThat(text)
        .isEqualTo("[a]\n    ; a comment\n    k=v\n    ;off=1\n\n[b]\n    n=3\n    flag=true\n");
    IniDocument doc = IniParser.parse("t", text);
    assertThat(doc.section("a").orElseThrow().entries()).containsExactly(new IniEntry("k", "v", 3));
    assertThat(doc.section("b").orElseThrow().entries()).hasSize(2);
  }

  @Test
  void refusesValuesThatWouldNotReadBack() {
    assertThatThrownBy(() -> new IniWriter().section("a").entry("k", "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line break");
    assertThatThrownBy(() -> new IniWriter().section("a").entry("k", " padded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
  }
}
