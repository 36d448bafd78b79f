import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A mail server for the scripts, run from source: {@code java bench/SmtpSink.java PORT FILE}.
 * It accepts every message and appends one line per message to FILE: the SHA-256 of the message's
 * recipients, subject and body (headers that differ per sending, such as Date and Message-ID, left
 * out), so that the same message sent twice shows as the same line twice.
 */
public class SmtpSink {

	public static void main(String[] args) throws IOException {
		Path log = Path.of(args[1]);
		Files.writeString(log, "", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
		try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 100, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket client = server.accept();
				Thread connection = new Thread(() -> serve(client, log));
				connection.setDaemon(true);
				connection.start();
			}
		}
	}

	private static void serve(Socket client, Path log) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = client.getOutputStream()) {
			reply(out, "220 sink ESMTP");
			StringBuilder recipients = new StringBuilder();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 sink");
				}
				else if (command.startsWith("RCPT")) {
					recipients.append(line.substring(5)).append(';');
					reply(out, "250 ok");
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 go on");
					StringBuilder message = new StringBuilder(recipients);
					boolean body = false;
					while ((line = in.readLine()) != null && !line.equals(".")) {
						if (line.isEmpty()) {
							body = true;
						}
						String upper = line.toUpperCase();
						if (body || upper.startsWith("SUBJECT:") || upper.startsWith("TO:")) {
							message.append(line).append('\n');
						}
					}
					String digest = HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256").digest(message.toString().getBytes(StandardCharsets.UTF_8)));
					synchronized (SmtpSink.class) {
						Files.writeString(log, digest + "\n", StandardOpenOption.APPEND);
					}
					recipients.setLength(0);
					reply(out, "250 queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "250 ok");
				}
			}
		}
		catch (Exception ex) {
			// A client that hangs up is no concern of the sink.
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

}
