package vn.dvc.portal.catalog;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours, for deadlines counted in working hours (a submitted dossier must be received or
 * sent back within 8 working hours, Decree 45/2020).
 */
@ConfigurationProperties("dvc.calendar")
public record CalendarProperties(@DefaultValue("07:30") LocalTime morningStart,
		@DefaultValue("11:30") LocalTime morningEnd, @DefaultValue("13:30") LocalTime afternoonStart,
		@DefaultValue("17:30") LocalTime afternoonEnd) {
}
