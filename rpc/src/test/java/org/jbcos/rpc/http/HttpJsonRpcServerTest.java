package org.jbcos.rpc.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jbcos.rpc.FakeNode;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcWorkers;
import org.jbcos.rpc.methods.StandardMethods;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Raw HTTP against the JSON-RPC port. */
@Timeout(30)
class HttpJsonRpcServerTest {
  static final int MAX_BODY = 64 * 1024;
  static RpcWorkers workers;
  static HttpJsonRpcServer server;
  static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    workers = new RpcWorkers(2, 100);
    server =
        HttpJsonRpcServer.start(
            new java.net.InetSocketAddress("127.0.0.1", 0),
            new JsonRpcDispatcher(StandardMethods.catalogue(), new FakeNode(false, 1)),
            workers,
            MAX_BODY);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
    workers.close();
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersAPost() throws Exception {
    HttpResponse<String> r =
        post("{\"jsonrpc\":\"2.0\",\"method\":\"getBlockNumber\",\"params\":[1],\"id\":1}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
    JsonNode json = Json.parse(r.body().getBytes(StandardCharsets.UTF_8));
    assertThat(json.get("result").asText()).isEqualTo("0x1");
    assertThat(json.get("id").asInt()).isEqualTo(1);
  }

  @Test
  void malformedJsonIsAParseError() throws Exception {
    HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"getBlockNumber\",");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = Json.parse(r.body().getBytes(StandardCharsets.UTF_8));
    assertThat(json.path("error").path("code").asInt()).isEqualTo(-32700);
    assertThat(json.path("error").path("message").asText()).contains("JSON");
    assertThat(json.get("id").isNull()).isTrue();
  }

  @Test
  void unknownMethodIsMethodNotFound() throws Exception {
    HttpResponse<String> r =
        post("{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":\"x\"}");
    JsonNode json = Json.parse(r.body().getBytes(StandardCharsets.UTF_8));
    assertThat(json.path("error").path("code").asInt()).isEqualTo(-32601);
    assertThat(json.path("error").path("message").asText()).contains("eth_blockNumber");
    assertThat(json.get("id").asText()).isEqualTo("x");
  }

  @Test
  void getIsRefusedWithAllowPost() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("allow")).hasValue("POST");
    assertThat(r.body()).contains("POST");
  }

  @Test
  void keepsTheConnectionForManyRequests() throws Exception {
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r =
          post("{\"jsonrpc\":\"2.0\",\"method\":\"getGroupList\",\"params\":[],\"id\":" + i + "}");
      assertThat(Json.parse(r.body().getBytes(StandardCharsets.UTF_8)).get("id").asInt())
          .isEqualTo(i);
    }
  }

  @Test
  void oversizedBodyIs413() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + (MAX_BODY + 1)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = new byte[12];
      int n = in.readNBytes(head, 0, head.length);
      assertThat(new String(head, 0, n, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
    }
  }
}
