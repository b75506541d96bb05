package org.jbcos.rpc;

import java.net.InetSocketAddress;
import org.jbcos.rpc.channel.ChannelServer;
import org.jbcos.rpc.http.HttpJsonRpcServer;
import org.jbcos.rpc.methods.StandardMethods;
import org.jbcos.rpc.tls.ChannelTls;

/** Both servers on loopback ports over a fake node, as the node will wire them. */
public final class RpcServers implements AutoCloseable {
  public final FakeNode node;
  public final RpcWorkers workers = new RpcWorkers(4, 1000);
  public final JsonRpcDispatcher dispatcher;
  public final ChannelServer channel;
  public final HttpJsonRpcServer http;

  public RpcServers(FakeNode node, ChannelTls tls, ChannelServer.Settings settings)
      throws InterruptedException {
    this.node = node;
    this.dispatcher = new JsonRpcDispatcher(StandardMethods.catalogue(), node);
    InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
    this.channel = ChannelServer.start(loopback, tls, dispatcher, node, workers, settings);
    this.http = HttpJsonRpcServer.start(loopback, dispatcher, workers, 64 * 1024);
  }

  @Override
  public void close() {
    channel.close();
    http.close();
    workers.close();
  }
}
