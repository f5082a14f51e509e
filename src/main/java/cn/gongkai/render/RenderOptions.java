package cn.gongkai.render;

import cn.gongkai.model.Report;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What the renderer gets from the stages around it.
 *
 * @param liveReload true only for {@code serve}: pages get the tiny reload script; never in {@code build}
 * @param dataFiles  the downloads the data stage wrote, for the data page
 * @param textReuse  (previous, current) → share 0..1 of the current report's narrative reused from the
 *                   previous year's, or null when it cannot be measured; null function = not available
 * @param withData   the data stage writes each report's files (report pages link them), even when
 *                   {@code dataFiles} is not known yet because the data stage runs beside the pages
 */
public record RenderOptions(boolean liveReload, List<Views.DataFileView> dataFiles,
                            BiFunction<Report, Report, Double> textReuse, boolean withData) {
    public RenderOptions {
        dataFiles = dataFiles == null ? List.of() : List.copyOf(dataFiles);
        withData = withData || !dataFiles.isEmpty();
    }

    /** Options whose report pages link their data files exactly when {@code dataFiles} lists some. */
    public RenderOptions(boolean liveReload, List<Views.DataFileView> dataFiles,
                         BiFunction<Report, Report, Double> textReuse) {
        this(liveReload, dataFiles, textReuse, false);
    }

    public static RenderOptions plain() {
        return new RenderOptions(false, List.of(), null);
    }
}
