package vn.motcua.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the working-day calendar the engine's business calendar, so {@code camunda:dueDate},
 * {@code camunda:followUpDate}, timer {@code timeDate} and timer {@code timeDuration} accept {@code 3WD}.
 */
@Component
class CalendarEnginePlugin extends AbstractProcessEnginePlugin {

    private final CalendarService calendar;

    CalendarEnginePlugin(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
        manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar));
        manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar));
        manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(manager);
    }
}
