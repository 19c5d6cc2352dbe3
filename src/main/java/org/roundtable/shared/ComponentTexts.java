package org.roundtable.shared;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's own components show (a date picker's months and buttons, an upload's
 * prompts and errors), in the person's language. Month and day names come from the JDK's
 * locale data; the rest from the common texts.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** A date picker that reads and writes dates the British way (3/4/2019 is 3 April), in {@code locale}'s words. */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        Locale language = Texts.supported(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(weekdays(TextStyle.FULL, language))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, language))
                .setFirstDayOfWeek(1)
                .setDateFormats("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd")
                .setToday(Texts.get(language, "common.date-picker.today"))
                .setCancel(Texts.get(language, "common.date-picker.cancel"))
                .setBadInputErrorMessage(Texts.get(language, "common.date-picker.bad-input"));
    }

    /** An upload's prompts, progress and errors in {@code locale}'s words. */
    public static UploadI18N upload(Locale locale) {
        Locale language = Texts.supported(locale);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(Texts.get(language, "common.upload.drop-one"))
                .setMany(Texts.get(language, "common.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(Texts.get(language, "common.upload.add-one"))
                .setMany(Texts.get(language, "common.upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Texts.get(language, "common.upload.too-many"))
                .setFileIsTooBig(Texts.get(language, "common.upload.too-big"))
                .setIncorrectFileType(Texts.get(language, "common.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(Texts.get(language, "common.upload.connecting"))
                        .setStalled(Texts.get(language, "common.upload.stalled"))
                        .setProcessing(Texts.get(language, "common.upload.processing"))
                        .setHeld(Texts.get(language, "common.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Texts.get(language, "common.upload.remaining"))
                        .setUnknown(Texts.get(language, "common.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Texts.get(language, "common.upload.server-unavailable"))
                        .setUnexpectedServerError(Texts.get(language, "common.upload.server-error"))
                        .setForbidden(Texts.get(language, "common.upload.forbidden"))
                        .setFileTooLarge(Texts.get(language, "common.upload.too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(Texts.get(language, "common.upload.retry"))
                .setStart(Texts.get(language, "common.upload.start"))
                .setRemove(Texts.get(language, "common.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    private static List<String> weekdays(TextStyle style, Locale language) {
        // Vaadin's lists start on Sunday.
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream().map(day -> day.getDisplayName(style, language)).toList();
    }
}
