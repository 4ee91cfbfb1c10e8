package org.channelport.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on loopback between the portal and an ERP, for the tests that need the network to
 * misbehave: it passes bytes through both ways, and on request cuts the connection of the next
 * request that contains a marker (such as a JSON-RPC method name) after the ERP has received it —
 * the ERP commits, the portal never hears the answer. Connections can also be refused while the
 * proxy is "down".
 */
public final class CuttingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final AtomicReference<String> cutMarker = new AtomicReference<>();
  private final AtomicInteger cuts = new AtomicInteger();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private volatile boolean closed;

  public CuttingProxy(int port, int targetPort) {
    this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
    try {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on port " + port, e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "cutting-proxy-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The next request whose bytes contain {@code marker} reaches the ERP; its answer does not. */
  public void cutNextRequestContaining(String marker) {
    cutMarker.set(marker);
  }

  /** How many connections were cut so far. */
  public int cuts() {
    return cuts.get();
  }

  /** While down, connections are accepted and closed at once, and open ones are closed. */
  public void down(boolean down) {
    this.down = down;
    if (down) {
      open.forEach(CuttingProxy::closeQuietly);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      if (down) {
        closeQuietly(client);
        continue;
      }
      Thread handler = new Thread(() -> serve(client), "cutting-proxy-conn");
      handler.setDaemon(true);
      handler.start();
    }
  }

  private void serve(Socket client) {
    Socket upstream = new Socket();
    open.add(client);
    open.add(upstream);
    try {
      upstream.connect(target, 5000);
    } catch (IOException e) {
      closeBoth(client, upstream);
      return;
    }
    AtomicReference<Boolean> cutting = new AtomicReference<>(false);
    Thread back =
        new Thread(
            () -> {
              try {
                InputStream in = upstream.getInputStream();
                OutputStream out = client.getOutputStream();
                byte[] buffer = new byte[16384];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (cutting.get()) {
                    // the ERP answered a request it has carried out: the portal never hears it
                    cuts.incrementAndGet();
                    closeBoth(client, upstream);
                    return;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // either side went away
              }
              closeBoth(client, upstream);
            },
            "cutting-proxy-back");
    back.setDaemon(true);
    back.start();
    try {
      InputStream in = client.getInputStream();
      OutputStream out = upstream.getOutputStream();
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        String marker = cutMarker.get();
        if (marker != null
            && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(marker)
            && cutMarker.compareAndSet(marker, null)) {
          cutting.set(true);
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // either side went away
    }
    closeBoth(client, upstream);
  }

  private void closeBoth(Socket a, Socket b) {
    closeQuietly(a);
    closeQuietly(b);
    open.remove(a);
    open.remove(b);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open.forEach(CuttingProxy::closeQuietly);
  }
}
