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
