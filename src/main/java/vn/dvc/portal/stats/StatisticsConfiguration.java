package vn.dvc.portal.stats;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The figures are counted off the request's thread: {@code @ApplicationModuleListener}s run
 * asynchronously after the dossier's transaction committed, so an officer's click never waits for
 * the statistics, and a failing count never fails the step (its publication stays to be resubmitted).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class StatisticsConfiguration {

}
