# What the `enquete` command prints in the terminal (not on the site).

warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
files = { $count ->
    [one] 1 file
   *[other] { $count } files
}
check-ok = ok: no errors, { $warnings }
check-failed = check failed: { $errors }, { $warnings }
build-failed = build failed: { $errors }, { $warnings }; nothing was written
build-failed-output = build failed: nothing was written
built = built { $pages } ({ $per-language }), { $files }, { $warnings } in { $ms } ms → { $out }
waiting = waiting for another build of { $out } to finish…
no-study = { $root } has no study.yaml: is it a study directory? (--root DIR chooses one)
not-a-directory = { $root } is not a directory
serving = serving { $root } at { $url } (Ctrl-C stops)
serve-built = built { $pages } in { $ms } ms
serve-rebuilt = { $changed }: rendered { $pages } again in { $ms } ms
serve-failed = { $changed }: { $errors }, { $warnings }; the last good site stays served
serve-failed-first = { $errors }, { $warnings }; the site will be served once they are fixed
serve-polling = watching by polling every { $ms } ms
serve-polling-because = { $reason }: watching by polling every { $ms } ms instead
serve-stopped = stopped
port-busy = port { $port } is in use: `--port { $free }` is free
port-busy-none = port { $port } is in use and so are the next 100: choose one with --port
respondents = { $count ->
    [one] 1 respondent
   *[other] { $count } respondents
}
questionnaires = { $count ->
    [one] 1 questionnaire
   *[other] { $count } questionnaires
}
records = { $count ->
    [one] 1 record
   *[other] { $count } records
}
skipped = { $count ->
    [0] nothing skipped
   *[other] { $count } skipped
}
merged = merged { $respondents } of { $questionnaires } from { $files } ({ $records }), { $skipped } → { $out }
xlsforms = { $count ->
    [one] 1 XLSForm
   *[other] { $count } XLSForms
}
notes = { $count ->
    [0] no notes
    [one] 1 note
   *[other] { $count } notes
}
exported = exported { $forms }, { $notes } → { $out }
not-a-questionnaire = `{ $id }` is not a questionnaire of the study (interview or survey); its questionnaires: { $ids }
