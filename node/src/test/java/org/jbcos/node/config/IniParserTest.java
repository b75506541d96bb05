package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IniParserTest {
  private static IniDocument parse(String text) {
    return IniParser.parse("test.ini", text);
  }

  @Test
  void readsSectionsKeysAndValuesInFileOrder() {
    IniDocument doc = parse("[rpc]\nchannel_listen_port=20200\n[p2p]\nlisten_port=30300\n");

    assertThat(doc.sections()).extracting(IniSection::name).containsExactly("rpc", "p2p");
    assertThat(doc.section("rpc").orElseThrow().entries())
        .containsExactly(new IniEntry("channel_listen_port", "20200", 2));
    assertThat(doc.section("p2p").orElseThrow().entry("listen_port").orElseThrow().line())
        .isEqualTo(4);
  }

  @Test
  void trimsIndentedKeysValuesAndSectionNames() {
    IniDocument doc = parse("  [ rpc ]  \n\t    channel_listen_ip =  0.0.0.0 \r\n");

    assertThat(doc.section("rpc").orElseThrow().entries())
        .containsExactly(new IniEntry("channel_listen_ip", "0.0.0.0", 2));
  }

  @Test
  void skipsSemicolonAndHashCommentsAnywhereIndented() {
    IniDocument doc =
        parse("; top\n# top\n[log]\n    ; the level\n    level=info\n\t# more\n    ;flush=false\n");

    assertThat(doc.section("log").orElseThrow().entries())
        .containsExactly(new IniEntry("level", "info", 5));
  }

  @Test
  void keepsATrailingSemicolonAsPartOfTheValueAsBoostDoes() {
    IniDocument doc = parse("[a]\nkey=value ; not a comment\n");

    assertThat(doc.section("a").orElseThrow().entry("key").orElseThrow().value())
        .isEqualTo("value ; not a comment");
  }

  @Test
  void dottedKeysAreLiteral() {
    IniDocument doc = parse("[p2p]\nnode.0=127.0.0.1:30300\nnode.1=127.0.0.1:30301\n");

    assertThat(doc.section("p2p").orElseThrow().entries())
        .extracting(IniEntry::key)
        .containsExactly("node.0", "node.1");
  }

  @Test
  void splitsAtTheFirstEqualsSignAndAllowsEmptyValues() {
    IniDocument doc = parse("[a]\nk=x=y\nempty=\n");

    assertThat(doc.section("a").orElseThrow().entries())
        .containsExactly(new IniEntry("k", "x=y", 2), new IniEntry("empty", "", 3));
  }

  @Test
  void keysAreCaseSensitive() {
    IniDocument doc = parse("[a]\nKey=1\nkey=2\n");

    assertThat(doc.section("a").orElseThrow().entries()).hasSize(2);
  }

  @Test
  void ignoresTextAfterTheClosingBracket() {
    assertThat(parse("[rpc] trailing\nk=v\n").section("rpc")).isPresent();
  }

  @Test
  void keepsKeysBeforeTheFirstSection() {
    IniDocument doc = parse("orphan=1\n[a]\nk=v\n");

    assertThat(doc.global()).containsExactly(new IniEntry("orphan", "1", 1));
  }

  @Test
  void dropsEmptySectionsSoTheyMayBeOpenedAgain() {
    IniDocument doc =
        parse("[flow_control]\n;limit_req=1\n[a]\nk=v\n[flow_control]\nlimit_req=2\n");

    assertThat(doc.sections()).extracting(IniSection::name).containsExactly("a", "flow_control");
    assertThat(doc.section("flow_control").orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void skipsAByteOrderMarkAndHandlesCrLf() {
    IniDocument doc = parse("\uFEFF[a]\r\nk=v\r\n");

    assertThat(doc.section("a").orElseThrow().entries()).containsExactly(new IniEntry("k", "v", 2));
  }

  @Test
  void emptyTextIsAnEmptyDocument() {
    assertThat(parse("")).isEqualTo(new IniDocument("test.ini", List.of(), List.of()));
  }

  @Test
  void rejectsADuplicateKeyNamingBothLines() {
    assertThatThrownBy(() -> parse("[rpc]\nport=1\n\nport=2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.ini [rpc] port: duplicate key, first set at line 2 (FISCO rejects duplicates too)"
                + " (line 4)");
  }

  @Test
  void sameKeyInTwoSectionsIsFine() {
    assertThat(parse("[a]\nk=1\n[b]\nk=2\n").sections()).hasSize(2);
  }

  @Test
  void rejectsADuplicateSection() {
    assertThatThrownBy(() -> parse("[a]\nk=1\n[b]\nk=1\n[a]\nj=2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.ini: duplicate section [a], first at line 1 (line 5)");
  }

  @Test
  void rejectsAnUnmatchedBracket() {
    assertThatThrownBy(() -> parse("[a]\nk=1\n[b\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.ini: unmatched '[' in \"[b\" (line 3)")
        .satisfies(e -> assertThat(((ConfigException) e).line()).hasValue(3));
  }

  @Test
  void rejectsALineWithoutEqualsSign() {
    assertThatThrownBy(() -> parse("[a]\n  just words\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.ini: expected key=value, a [section] or a ; comment, got \"just words\" (line 2)");
  }

  @Test
  void rejectsAMissingKey() {
    assertThatThrownBy(() -> parse("[a]\n  =value\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.ini: a key is missing before '=' (line 2)");
  }
}
