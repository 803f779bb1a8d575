package io.beacon.incident.it;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, so that a test can announce a body and send only its first part: an answer
 * that arrives while the rest is still unsent proves the server decided without buffering the whole body.
 */
final class RawHttp {

    /** What came back before the rest of the body was sent, or {@code answered=false} when nothing did in time. */
    record Early(boolean answered, int status, String head, String body) {
    }

    private RawHttp() {
    }

    /**
     * Sends the headers (with {@code Content-Length: announced}, or chunked when {@code announced} is negative: then
     * no length is announced at all) and {@code sentPart} bytes of the body, then waits up to {@code waitMillis} for
     * the status line and the first part of the answer without sending another byte.
     */
    static Early postPartially(int port, String path, Map<String, String> headers, long announced, byte[] sentPart,
                               int waitMillis) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(waitMillis);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(announced < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + announced)
                    .append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (announced < 0) {
                out.write((Integer.toHexString(sentPart.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(sentPart);
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** Reads until the headers and some body are in (or the server goes quiet or closes). */
    private static Early readAnswer(InputStream in) throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int count;
            while ((count = in.read(buffer)) > 0) {
                received.write(buffer, 0, count);
                String text = received.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && text.substring(end).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException silent) {
            // the server is still waiting for the body: nothing (or not all) came back
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Early(false, -1, text, "");
        }
        int status = Integer.parseInt(text.substring(9, 12));
        return new Early(true, status, text.substring(0, end), text.substring(end + 4));
    }

    static byte[] filler(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        bytes[0] = 'x';
        bytes[1] = '=';
        return bytes;
    }
}
