package vn.dvc.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The officers' look-ups of citizens by ID number at the counter.
 *
 * @param perHour how many look-ups one officer may make in an hour: a busy counter registers a few
 * dozen paper dossiers a day, a harvester thousands
 */
@ConfigurationProperties("dvc.counter-lookup")
public record CounterLookupProperties(@DefaultValue("40") int perHour) {
}
