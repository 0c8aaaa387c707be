package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Required cadences of branch work (三会一课 and the rest), as data: the national defaults below,
 * which a district may make stricter through configuration (e.g. a quarterly party lecture).
 * Key: activity type; value: MONTH, QUARTER or YEAR, with the suffix "/GROUP" when each party group
 * of the branch must hold it.
 */
@ConfigMapping(prefix = "reporting.compliance")
public interface CadenceConfig {

    Map<String, String> cadences();
}
