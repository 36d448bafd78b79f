package vn.dvc.portal.rating;

import java.util.UUID;

/** A question of the survey as pages show it. */
public record CriterionView(UUID id, String question, Scale scale, int position, boolean retired) {
}
