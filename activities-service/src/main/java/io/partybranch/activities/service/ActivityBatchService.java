package io.partybranch.activities.service;

import io.partybranch.activities.model.ActivityBatchModels.HeldActivity;
import io.partybranch.activities.repository.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Recording many activities that were held (a semester typed in at its end, a district's migration):
 * each planned and recorded exactly as the two single calls do, with its activity.held event, all in one
 * transaction or none. The first refusal answers for the whole request and names the activity.
 */
@ApplicationScoped
@Transactional
public class ActivityBatchService {

    public static final int MAX_ACTIVITIES = 200;

    @Inject
    ActivityService activities;

    @Inject
    ActivityRecordService records;

    public List<UUID> recordHeld(List<HeldActivity> items) {
        // Refusals name the part of the item they are about, as field checks do: activity.x, record.x.
        return FileImports.each(items, "activities", item -> {
            Activity activity = FileImports.under("activity", () -> activities.create(item.activity()));
            FileImports.under("record", () -> records.record(activity.id, null, item.record()));
            return activity.id;
        });
    }
}
