"""Names and record linkage: which records, in any script and spelling, are one person.

Public entry points (see docs/linkage.md):
parse.parse_name, script.detect_script, skeleton.skeleton, features.features_of_text,
registry.comparison_keys, match.compare_names / match.explain, registry.build_index /
registry.match_one, link.link_records, rules.veto; `chronicle link` for CSV files.
"""
