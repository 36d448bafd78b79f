package vn.dvc.portal.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages in UTF-8 are encoded by {@link String#getBytes}, not by the container's character encoder.
 * A page is written as one string (Thymeleaf renders it whole first), and Vietnamese text takes the
 * encoder's slow path for every character that is not ASCII: a sixth of the time of a page went
 * into it. The writer keeps nothing: what it is given goes to the response's own stream at once,
 * so that buffer resets and commits work as they do for the container's writer.
 */
@Configuration(proxyBeanMethods = false)
class Utf8Writing {

	@Bean
	FilterRegistrationBean<Utf8WritingFilter> utf8WritingFilter() {
		FilterRegistrationBean<Utf8WritingFilter> registration = new FilterRegistrationBean<>(new Utf8WritingFilter());
		// Closest to the page, inside every filter that wraps the response.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	static final class Utf8WritingFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new Utf8Response(response));
		}

	}

	/** A response whose writer, in UTF-8, encodes by itself into the response's stream. */
	static final class Utf8Response extends HttpServletResponseWrapper {

		private PrintWriter writer;

		Utf8Response(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
					return super.getWriter();
				}
				this.writer = new PrintWriter(new Utf8Writer(getOutputStream()), false);
			}
			return this.writer;
		}

	}

	/**
	 * Characters to UTF-8 bytes, straight into a stream. A surrogate pair cut between two writes is
	 * kept whole: the high half waits for the next write.
	 */
	static final class Utf8Writer extends Writer {

		private final OutputStream out;

		private char highSurrogate;

		Utf8Writer(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			if (length <= 0) {
				return;
			}
			String chunk = text.substring(offset, offset + length);
			if (this.highSurrogate != 0) {
				chunk = this.highSurrogate + chunk;
				this.highSurrogate = 0;
			}
			char last = chunk.charAt(chunk.length() - 1);
			if (Character.isHighSurrogate(last)) {
				this.highSurrogate = last;
				chunk = chunk.substring(0, chunk.length() - 1);
			}
			this.out.write(chunk.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public void write(String text) throws IOException {
			write(text, 0, text.length());
		}

		@Override
		public void write(char[] characters, int offset, int length) throws IOException {
			write(new String(characters, offset, length));
		}

		@Override
		public void write(int character) throws IOException {
			write(String.valueOf((char) character));
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			if (this.highSurrogate != 0) {
				// A lone half, as the container's encoder writes one.
				this.out.write('?');
				this.highSurrogate = 0;
			}
			this.out.close();
		}

	}

}
