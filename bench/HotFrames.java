import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest frames of a JFR recording's execution samples, run from source:
 * {@code java bench/HotFrames.java recording.jfr [top] [last-seconds]}. Prints the methods where the
 * samples are (self) and the portal's and framework's methods that the samples pass through (total),
 * each as a share of all samples, or of those of the recording's last seconds only (a recording
 * started with the node holds its start and warm-up too).
 */
public class HotFrames {

	public static void main(String[] args) throws Exception {
		int top = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]))
			.stream()
			.filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null)
			.toList();
		Instant from = Instant.MIN;
		if (args.length > 2 && !events.isEmpty()) {
			Instant last = events.stream().map(RecordedEvent::getStartTime).max(Instant::compareTo).orElseThrow();
			from = last.minusSeconds(Long.parseLong(args[2]));
		}
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : events) {
			if (event.getStartTime().isBefore(from)) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				if (seen.add(name)) {
					total.merge(name, 1, Integer::sum);
				}
			}
		}
		System.out.printf("%d execution samples%n%nself (where the time is spent):%n", samples);
		print(self, samples, top, name -> true);
		System.out.printf("%ntotal (what the time is spent in), portal and framework frames:%n");
		print(total, samples, top, name -> name.startsWith("vn.dvc") || name.startsWith("org.springframework")
				|| name.startsWith("org.thymeleaf") || name.startsWith("org.hibernate") || name.startsWith("org.webjars")
				|| name.startsWith("org.apache.tika") || name.startsWith("org.postgresql"));
	}

	private static void print(Map<String, Integer> counts, int samples, int top,
			java.util.function.Predicate<String> filter) {
		counts.entrySet()
			.stream()
			.filter(entry -> filter.test(entry.getKey()))
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(entry -> System.out.printf("  %5.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}
