package io.partybranch.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder that can be shut: while shut, every connection is accepted and closed at once, as a
 * server that is down would drop it. For a Kafka broker, point only the bootstrap address at it: the
 * broker then advertises its real address, so once open the clients find the broker itself.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean open;

    /** @param port 0 for any free port */
    public TcpProxy(int port, String targetHost, int targetPort, boolean open) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.open = open;
        Thread.ofPlatform().daemon().name("tcp-proxy-" + port()).start(this::accept);
    }

    /** A proxy on the given port (0: any) in front of the test broker's first bootstrap address. */
    public static TcpProxy forKafka(int port, boolean open) throws IOException {
        String first = PlatformInfrastructure.kafkaBootstrapServers().split(",")[0];
        int colon = first.lastIndexOf(':');
        return new TcpProxy(port, first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)), open);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void open() {
        open = true;
    }

    /** Refuses new connections and cuts the current ones. */
    public void shut() {
        open = false;
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!open) {
                    closeQuietly(client);
                    continue;
                }
                Socket target = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // One side closed: close the other.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }

    @Override
    public void close() throws IOException {
        shut();
        server.close();
    }
}
