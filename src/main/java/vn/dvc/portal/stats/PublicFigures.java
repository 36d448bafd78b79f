package vn.dvc.portal.stats;

/**
 * The year's figures the home page shows to everyone, like the seed's "received 20894, resolved
 * 19276, on time 99.7%".
 */
public record PublicFigures(int year, long received, long resolved, Double onTimeRate) {
}
