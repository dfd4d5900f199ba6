//! Every UI label, one table per language. Document content is never
//! translated: it stays as written.

use rmp_model::{ActivityStatus, ConcernCategory, Form, PvKind, RmKind};
use rmp_model::{Kind, Plan};

use super::route::View;

/// The language of the document's own text: every RMP is written in
/// Japanese, whatever the interface language (the `lang` its elements carry).
pub const DOCUMENT_LANG: &str = "ja";

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 日本語 (default).
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Reads `ja` / `en`; anything else is Japanese.
    /// (A choice stored as JSON text, `"en"`, reads the same.)
    pub fn from_code(code: &str) -> Lang {
        if code
            .trim()
            .trim_start_matches('"')
            .to_ascii_lowercase()
            .starts_with("en")
        {
            Lang::En
        } else {
            Lang::Ja
        }
    }

    /// The labels of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }

    /// The labels of the catalog and of the comparison of versions, in this
    /// language (a table of their own: a viewer without them does not carry them).
    pub fn portal(self) -> &'static crate::portal_text::Texts {
        match self {
            Lang::Ja => &crate::portal_text::JA,
            Lang::En => &crate::portal_text::EN,
        }
    }
}

use super::labels::labels;

/// The template's headings and labels on an activity page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// 【安全性検討事項】
    SafetyConcerns,
    /// 【目的】
    Objective,
    /// 【実施方法】
    Method,
    /// 【具体的な方法】
    RmMethod,
    /// 【実施計画】
    Plan,
    /// 【実施計画の根拠】
    Rationale,
    /// 【節目となる予定の時期及びその根拠】
    MilestonesWithReasons,
    /// 【当該医薬品安全性監視活動の結果に基づいて実施される可能性のある追加の措置及びその開始の決定基準】
    FollowUp,
    /// 【節目となる予定の時期及び実施した結果に基づき採択される可能性がある更なる措置】
    MilestonesAndMeasures,
    /// 実施した結果に基づき採択される可能性がある更なる措置
    FurtherMeasures,
    /// （1）医師要件
    PhysicianRequirements,
    /// （2）施設要件
    FacilityRequirements,
    /// （3）医療関係者への事前説明
    PreExplanation,
    /// （4）流通管理
    DistributionControl,
    /// 資材の掲載先
    Material,
    /// 通常の…活動の概要
    RoutineOutline(Plan),
    /// 5.（1）/（2）/（3）…の一覧
    List(Plan),
    /// 名称
    Name,
    /// 節目となる症例数／目標症例数
    MilestoneCases,
    /// 節目となる予定の時期
    MilestoneTiming,
    /// 実施状況
    Status,
    /// 報告書の作成予定日
    Report,
}

labels! {
    view_summary: "概要" / "Summary",
    view_overview: "品目の概要" / "Product overview",
    view_risks: "安全性検討事項" / "Safety specification",
    view_board: "活動の状況" / "Activity status",
    view_matrix: "リスク×活動" / "Risks × activities",
    views_label: "表示" / "Views",
    skip_to_content: "本文へ移動" / "Skip to content",
    switch_language: "English" / "日本語",
    search_label: "RMP 内を検索" / "Search this RMP",
    search_placeholder: "例：LUN2501、CRS、好中球" / "e.g. LUN2501, CRS, 好中球",
    search_results: "検索結果" / "Search results",
    search_none: "該当なし" / "No matches",
    search_too_long: "検索語が長すぎます（{max} 文字まで）" / "The query is too long to search (up to {max} characters)",
    open_file: "RMP ファイルを開く" / "Open an RMP file",
    drop_hint: "JSON ファイルをここにドロップ" / "Drop a JSON file here",
    static_note: "スクリプトが動いていないため、検索、言語の切り替え、すべて開く／閉じる、チェックリスト、印刷ボタン、ファイルを開く機能は使えません。文書の内容はすべてこのページで読めます（リスクは見出しで開閉、各表示は上のリンクから）。" / "Scripts are not running here, so search, the language switch, expand/collapse all, the checklist, the print buttons and opening files are off. Everything the document says can be read on this page (open a risk by its heading; the links above lead to each view).",
    static_note_embedded: "スクリプトが動いていないため、検索、言語の切り替え、表示の切り替え、すべて開く／閉じる、チェックリスト、印刷ボタン、ファイルを開く機能は使えません。文書の内容はすべてここで読めます：最初の表示のあとに計画の全文が続きます（リスクは見出しで開閉）。" / "Scripts are not running here, so search, the language switch, switching views, expand/collapse all, the checklist, the print buttons and opening files are off. Everything the document says can be read here: the first view, then the full plan (open a risk by its heading).",
    error_title: "この RMP を表示できません" / "This RMP cannot be shown",
    error_pdf: "これは PDF です。ここで開く RMP ファイルは JSON です。PDF を読むには、そのテキストを取り込んでください。" / "This is a PDF. RMP files here are JSON; to read a PDF, import its text.",
    open_import: "取り込みページを開く" / "Open the import page",
    error_where: "場所" / "Where",
    retry: "再試行" / "Retry",
    show_default: "既定の RMP を表示" / "Show the default RMP",
    loading: "読み込み中…" / "Loading…",
    no_document_title: "表示する RMP が指定されていません" / "No RMP was given to this viewer",
    no_document_hint: "このビューアを置いたページが、表示する RMP を渡していません（src 属性または data プロパティ）。ページの管理者にお知らせください。" / "The page holding this viewer has not given it an RMP to show (the src attribute or the data property). Please tell the page's maintainer.",
    expand_all: "すべて開く" / "Expand all",
    collapse_all: "すべて閉じる" / "Collapse all",
    none: "なし" / "None (なし)",
    absent: "取り込んだテキストにありません" / "Not in the imported text",
    absent_part: "取り込んだテキストにない部分があります" / "Part of this is not in the imported text",
    identified_risks: "重要な特定されたリスク" / "Important identified risks",
    potential_risks: "重要な潜在的リスク" / "Important potential risks",
    missing_information: "重要な不足情報" / "Important missing information",
    efficacy_considerations: "有効性に関する検討事項" / "Efficacy considerations",
    reason_identified: "重要な特定されたリスクとした理由" / "Reason for important identified risk",
    reason_potential: "重要な潜在的リスクとした理由" / "Reason for important potential risk",
    reason_missing: "重要な不足情報とした理由" / "Reason for important missing information",
    reason_efficacy: "有効性に関する検討事項とした理由" / "Reason for efficacy consideration",
    pv_activities: "医薬品安全性監視活動の内容及びその選択理由" / "Pharmacovigilance activities and reasons for choosing them",
    rm_activities: "リスク最小化活動の内容及びその選択理由" / "Risk minimisation activities and reasons for choosing them",
    selection_reason: "選択理由" / "Reasons",
    routine_pv: "通常の医薬品安全性監視活動" / "Routine pharmacovigilance",
    additional_pv: "追加の医薬品安全性監視活動" / "Additional pharmacovigilance",
    routine_rm: "通常のリスク最小化活動" / "Routine risk minimisation",
    additional_rm: "追加のリスク最小化活動" / "Additional risk minimisation",
    show_chart: "グラフ" / "Chart",
    download_csv: "CSV をダウンロード" / "Download CSV",
    all_grades: "全Grade" / "All grades",
    grade_ge3: "Grade≧3" / "Grade ≥3",
    references: "引用文献" / "References",
    computed: "計算値" / "computed",
    printed_differs: "記載値は n/N と一致しません" / "the printed figure differs from n/N",
    chart_alt: "コホート別の発現割合（%）の横棒グラフ。数値は表と同じです。" / "Horizontal bars of incidence (%) per cohort. The figures are those of the table.",
    summary_pv_heading: "2. 医薬品安全性監視計画の概要" / "2. Pharmacovigilance plan",
    summary_efficacy_heading: "3. 有効性に関する調査･試験の計画の概要" / "3. Efficacy studies",
    summary_rm_heading: "4. リスク最小化計画の概要" / "4. Risk minimisation plan",
    summary_spec_heading: "1.1. 安全性検討事項" / "1.1. Safety specification",
    summary_efficacy_considerations: "1.2. 有効性に関する検討事項" / "1.2. Efficacy considerations",
    brand_name: "販売名" / "Brand name",
    active_ingredient: "有効成分" / "Active ingredient",
    company: "製造販売業者" / "Marketing authorisation holder",
    therapeutic_category: "薬効分類" / "Therapeutic category",
    submitted: "提出年月" / "Submitted",
    approval_date: "承認年月日" / "Approval date",
    approval_number: "承認番号" / "Approval number",
    reexamination_period: "再審査期間" / "Re-examination period",
    international_birth_date: "国際誕生日" / "International birth date",
    strength_and_form: "含量及び剤形" / "Strength and dosage form",
    dosage: "用法及び用量" / "Dosage and administration",
    indications: "効能又は効果" / "Indications",
    conditions_of_approval: "承認条件" / "Conditions of approval",
    remarks: "備考" / "Remarks",
    change_history: "変更の履歴" / "Change history",
    previous_submission: "前回提出日" / "Previous submission",
    changes: "変更内容の概要" / "Changes",
    change_reason: "変更理由" / "Reason for change",
    product_overview: "品目の概要" / "Product overview",
    safety_concerns: "安全性検討事項" / "Safety concerns",
    objective: "目的" / "Objective",
    method: "実施方法" / "Method",
    rm_method: "具体的な方法" / "Method",
    plan: "実施計画" / "Plan",
    rationale: "実施計画の根拠" / "Rationale",
    follow_up: "当該医薬品安全性監視活動の結果に基づいて実施される可能性のある追加の措置及びその開始の決定基準" / "Actions that may follow from the results",
    further_measures: "実施した結果に基づき採択される可能性がある更なる措置" / "Further measures that may follow from the results",
    physician_requirements: "（1）医師要件" / "(1) Physician requirements",
    facility_requirements: "（2）施設要件" / "(2) Facility requirements",
    pre_explanation: "（3）医療関係者への事前説明" / "(3) Explanation to healthcare professionals beforehand",
    distribution_control: "（4）流通管理" / "(4) Distribution control",
    status_planned: "計画中" / "Planned",
    status_ongoing: "実施中" / "Ongoing",
    status_completed: "終了" / "Completed",
    status_unlisted: "一覧に記載なし" / "Not in the lists",
    routine_activities: "通常の活動" / "Routine activities",
    milestone_cases: "節目となる症例数／目標症例数" / "Milestone / target cases",
    milestone_timing: "節目となる予定の時期" / "Milestone timing",
    report: "報告書の作成予定日" / "Report",
    material_at: "資材の掲載先" / "Material",
    addresses: "対象の安全性検討事項" / "Targets",
    list_only: "5. の一覧にのみ記載" / "Listed in section 5 only",
    filter_plan: "計画" / "Plan",
    filter_all: "すべて" / "All",
    filter_pv: "安全性監視" / "Pharmacovigilance",
    filter_rm: "リスク最小化" / "Risk minimisation",
    filter_risk: "安全性検討事項" / "Safety concern",
    filter_breadth: "通常／追加" / "Routine or additional",
    additional_activities: "追加の活動" / "Additional activities",
    filter_hidden: "{total} 件中 {shown} 件を表示しています（{hidden} 件は選んだ条件で非表示）" / "Showing {shown} of {total} activities ({hidden} hidden by the filters)",
    all_risks: "すべて" / "All",
    timeline: "タイムライン" / "Timeline",
    today: "今日" / "Today",
    drawn_on: "このページの作成日" / "This page was made on",
    undated: "日付のない節目" / "Milestones without a date",
    matrix_caption: "安全性検討事項と活動の対応" / "Which activity addresses which safety concern",
    concern: "安全性検討事項" / "Safety concern",
    addressed: "対象" / "addressed",
    not_addressed: "対象外" / "not addressed",
    document_warnings: "この文書についての注意" / "Notes on this document",
    plan_pv: "安全性監視" / "PV",
    plan_efficacy: "有効性" / "Efficacy",
    plan_rm: "リスク最小化" / "RM",
    error_code: "コード" / "Code",
    error_position: "位置" / "Position",
    error_more: "ほかのエラー" / "Other errors",
    study_code: "試験コード" / "Study code",
    hits_suffix: "件" / " hits",
    hit_suffix: "件" / " hit",
    colon: "：" / ": ",
    line: "行" / "line",
    column: "列" / "column",
    form: "様式" / "Forms",
    form_full: "別紙様式1" / "Form 1 (別紙様式1, full plan)",
    form_summary: "別紙様式2" / "Form 2 (別紙様式2, summary)",
    view_plan: "計画の全文" / "Full plan",
    milestones_reasons: "節目となる予定の時期及びその根拠" / "Milestones and their reasons",
    milestones_measures: "節目となる予定の時期及び実施した結果に基づき採択される可能性がある更なる措置" / "Milestones, and further measures that may follow from the results",
    routine_pv_outline: "通常の医薬品安全性監視活動の概要" / "Outline of routine pharmacovigilance",
    routine_rm_outline: "通常のリスク最小化活動の概要" / "Outline of routine risk minimisation",
    list_pv: "5.（1）医薬品安全性監視計画の一覧" / "5.(1) List of the pharmacovigilance plan",
    list_efficacy: "5.（2）有効性に関する調査・試験の計画の一覧" / "5.(2) List of the efficacy studies",
    list_rm: "5.（3）リスク最小化計画の一覧" / "5.(3) List of the risk minimisation plan",
    lists_heading: "5. 医薬品安全性監視計画，有効性に関する調査・試験の計画及びリスク最小化計画の一覧" / "5. Lists of the pharmacovigilance plan, the efficacy studies and the risk minimisation plan",
    list_name: "名称" / "Name",
    status_heading: "実施状況" / "Status",
    back_to: "{view}に戻る" / "Back to {view}",
    no_activity: "この文書にこの活動はありません" / "This document has no such activity",
    shown_from: "この文書の出典：" / "This document comes from: ",
    timeline_report: "報告書" / "Report",
    timeline_estimate: "報告書（推定）：" / "Report (estimated): ",
    estimate_rule: "{by} までに（{from_label}の終了 {from} から「{rule}」として計算した推定。文書の記載：{printed}）" / "by {by} (an estimate: the end of {from_label}, {from}, and “{rule}”; the document: {printed})",
    hits_in_overview: "品目の概要" / "Product overview",
    hits_in_change_history: "変更の履歴" / "Change history",
    hits_in_incidence: "発現状況" / "Incidence",
    kind_routine_pv: "通常の医薬品安全性監視活動" / "Routine pharmacovigilance",
    kind_routine_rm: "通常のリスク最小化活動" / "Routine risk minimisation",
    kind_eppv: "市販直後調査" / "Early post-marketing phase vigilance (EPPV)",
    kind_use_results_survey: "使用成績調査" / "Use-results survey",
    kind_specified_use_results_survey: "特定使用成績調査" / "Specified use-results survey",
    kind_general_use_results_survey: "一般使用成績調査" / "General use-results survey",
    kind_database_study: "製造販売後データベース調査" / "Post-marketing database study",
    kind_post_marketing_clinical_trial: "製造販売後臨床試験" / "Post-marketing clinical trial",
    kind_eppv_information: "市販直後調査による情報提供" / "EPPV information provision",
    kind_hcp_material: "医療従事者向け資材" / "Material for healthcare professionals",
    kind_patient_material: "患者向け資材" / "Material for patients",
    kind_conditions_of_use: "使用条件の設定" / "Conditions of use",
    kind_distribution_control: "流通管理" / "Distribution control",
    kind_other: "その他" / "Other",
    print: "印刷" / "Print",
    note_percent: "{place}：表の {printed}% は {n}/{total} から計算すると {computed}% です（表は文書の記載のとおり）" / "{place}: the table prints {printed}%; {n}/{total} gives {computed}% (the table shows what the document prints)",
    note_count: "{place}：{n} 例は群の {total} 例を超えています（文書の記載のとおり）" / "{place}: {n} is more than the {total} patients of the cohort (as the document prints it)",
    note_go: "表へ" / "Go to the table",
    note_go_place: "該当箇所へ" / "Go there",
    note_date_order: "{place}：{label}「{printed}」の終わりが始まりより前になっています（文書の記載のとおり）" / "{place}: {label} “{printed}” ends before it starts (as the document prints it)",
    note_summary_extra: "概要（別紙様式2）に「{name}」がありますが、計画の本文（別紙様式1）の同じ項目にはありません（文書の記載のとおり）" / "The summary (別紙様式2) lists “{name}”, which the full plan (別紙様式1) does not have under the same heading (as the document prints them)",
    note_summary_missing: "計画の本文（別紙様式1）にある「{name}」が、概要（別紙様式2）にはありません（文書の記載のとおり）" / "The full plan (別紙様式1) has “{name}”, which the summary (別紙様式2) does not list (as the document prints them)",
    note_list: "「{name}」が 5 の一覧にありません（文書の記載のとおり）" / "“{name}” is not in the section 5 lists (as the document prints them)",
    note_status: "{place}：実施状況の記載「{label}」は「{status}」と読めません" / "{place}: the printed status “{label}” does not say {status}",
    note_hidden: "{place}：名前に見えない文字（U+{code}）が含まれており、見たとおりには読めないことがあります" / "{place}: the name holds an invisible character (U+{code}) and may not read as it looks",
    note_link: "{place}：資材の所在「{url}」は https: や http: のアドレスではないため、リンクにせず文字で示しています" / "{place}: the material's address “{url}” is not an https: or http: address, so it is shown as text, not as a link",
    note_details: "保守担当者向けの詳細" / "Details for maintainers",
    as_of: "（{date} 時点）" / " (as of {date})",
    submission_mark: "提出日（状況はこの日時点）" / "Submission (statuses as of this day)",
    print_risk: "このリスクを印刷" / "Print this risk",
    printed_on: "印刷日" / "Printed",
    checklist_title: "施設の確認チェックリスト" / "Checklist for your facility",
    checklist_explain: "使用条件の各要件を、この施設で満たしているか確認するための表です。チェックはこのブラウザにだけ保存され、どこにも送信されません。文書の記載は上のとおりで、チェックによって変わることはありません。" / "A list to confirm, for your facility, each requirement of the conditions of use. The ticks are kept in this browser only and sent nowhere; the document's text above stays as printed.",
    checklist_done: "{done} / {total} 項目を確認済み" / "{done} of {total} items confirmed",
    checklist_not_kept: "このブラウザには保存できません（保存が許可されていないか、保存領域がいっぱいです）。ページを閉じるとチェックは消えます。" / "The ticks cannot be kept in this browser (keeping is not allowed, or its storage is full): they are lost when the page closes.",
    checked_by: "確認者" / "Checked by",
    checked_on: "確認日" / "Date checked",
    print_checklist: "チェックリストを印刷" / "Print the checklist",
    clear_checklist: "チェックをすべて外す" / "Clear all ticks",
    draft_badge: "取り込み下書き" / "Imported draft",
    draft_items: "：確認が必要な項目 {n} 件" / ": {n} items to review",
    reconstructed_title: "公表された RMP ではありません（再構成した版）" / "Not a published RMP (a reconstructed version)",
    reconstructed_from: "作成元：" / "Made from: ",
    reconstructed_badge: "再構成" / "Reconstructed",
    draft_explain: "公表された RMP ではありません。PDF のテキストから取り込まれ、まだ確認されていない下書きです。取り込み元：" / "This is not the published RMP: it was imported from the text of a PDF and has not been checked yet. Imported from: ",
}

impl Texts {
    /// An estimated report date with its rule: "2028-05-31 までに（調査期間の終了 2027-05-31 から…）".
    pub fn estimate_text(&self, e: &super::estimate::Estimate) -> String {
        use rmp_model::iso_day;
        self.estimate_rule
            .replace("{by}", &iso_day(e.by))
            .replace("{from_label}", e.from_label)
            .replace("{from}", &iso_day(e.from))
            .replace("{rule}", e.rule)
            .replace("{printed}", e.printed)
    }

    /// "3 / 14 項目を確認済み" / "3 of 14 items confirmed".
    pub fn checklist_count(&self, done: usize, total: usize) -> String {
        self.checklist_done
            .replace("{done}", &done.to_string())
            .replace("{total}", &total.to_string())
    }

    /// "取り込み下書き：確認が必要な項目 3 件" / "Imported draft: 3 items to review".
    pub fn draft_title(&self, items: usize) -> String {
        format!(
            "{}{}",
            self.draft_badge,
            self.draft_items.replace("{n}", &items.to_string())
        )
    }
}

impl Texts {
    /// "（2026-03-23 時点）": a status is the document's, as of its submission.
    pub fn as_of(&self, rmp: &rmp_model::Rmp) -> String {
        let s = &rmp.document.submitted;
        self.as_of
            .replace("{date}", s.date.as_deref().unwrap_or(&s.printed))
    }

    /// A category's heading.
    pub fn category(&self, c: ConcernCategory) -> &'static str {
        match c {
            ConcernCategory::IdentifiedRisk => self.identified_risks,
            ConcernCategory::PotentialRisk => self.potential_risks,
            ConcernCategory::MissingInformation => self.missing_information,
            ConcernCategory::Efficacy => self.efficacy_considerations,
        }
    }

    /// The "…とした理由" heading of a category.
    pub fn reason(&self, c: ConcernCategory) -> &'static str {
        match c {
            ConcernCategory::IdentifiedRisk => self.reason_identified,
            ConcernCategory::PotentialRisk => self.reason_potential,
            ConcernCategory::MissingInformation => self.reason_missing,
            ConcernCategory::Efficacy => self.reason_efficacy,
        }
    }

    /// A status's label.
    pub fn status(&self, s: Option<ActivityStatus>) -> &'static str {
        match s {
            Some(ActivityStatus::Planned) => self.status_planned,
            Some(ActivityStatus::Ongoing) => self.status_ongoing,
            Some(ActivityStatus::Completed) => self.status_completed,
            None => self.status_unlisted,
        }
    }

    /// The names of the forms a document contains, joined.
    pub fn forms(&self, forms: &[Form]) -> String {
        let names: Vec<&str> = forms
            .iter()
            .map(|f| match f {
                Form::FullPlan => self.form_full,
                Form::Summary => self.form_summary,
            })
            .collect();
        names.join(" / ")
    }

    /// A heading or label of an activity page.
    pub fn term(&self, label: Label) -> &'static str {
        match label {
            Label::SafetyConcerns => self.safety_concerns,
            Label::Objective => self.objective,
            Label::Method => self.method,
            Label::RmMethod => self.rm_method,
            Label::Plan => self.plan,
            Label::Rationale => self.rationale,
            Label::MilestonesWithReasons => self.milestones_reasons,
            Label::FollowUp => self.follow_up,
            Label::MilestonesAndMeasures => self.milestones_measures,
            Label::FurtherMeasures => self.further_measures,
            Label::PhysicianRequirements => self.physician_requirements,
            Label::FacilityRequirements => self.facility_requirements,
            Label::PreExplanation => self.pre_explanation,
            Label::DistributionControl => self.distribution_control,
            Label::Material => self.material_at,
            Label::RoutineOutline(Plan::Rm) => self.routine_rm_outline,
            Label::RoutineOutline(_) => self.routine_pv_outline,
            Label::List(Plan::Pv) => self.list_pv,
            Label::List(Plan::Efficacy) => self.list_efficacy,
            Label::List(Plan::Rm) => self.list_rm,
            Label::Name => self.list_name,
            Label::MilestoneCases => self.milestone_cases,
            Label::MilestoneTiming => self.milestone_timing,
            Label::Status => self.status_heading,
            Label::Report => self.report,
        }
    }

    /// A view's name, as its tab says it.
    pub fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Summary => self.view_summary,
            View::Overview => self.view_overview,
            View::Risks => self.view_risks,
            View::Board => self.view_board,
            View::Matrix => self.view_matrix,
            View::Plan => self.view_plan,
        }
    }

    /// "安全性検討事項に戻る" / "Back to Safety specification".
    pub fn back_to_view(&self, view: View) -> String {
        self.back_to.replace("{view}", self.view_name(view))
    }

    /// A plan's short name.
    pub fn plan(&self, p: Plan) -> &'static str {
        match p {
            Plan::Pv => self.plan_pv,
            Plan::Efficacy => self.plan_efficacy,
            Plan::Rm => self.plan_rm,
        }
    }

    /// An activity kind's name (routine activities by their plan).
    pub fn kind(&self, kind: Kind, plan: Plan) -> &'static str {
        match kind {
            Kind::Routine if plan == Plan::Rm => self.kind_routine_rm,
            Kind::Routine => self.kind_routine_pv,
            Kind::Pv(k) => match k {
                PvKind::Eppv => self.kind_eppv,
                PvKind::UseResultsSurvey => self.kind_use_results_survey,
                PvKind::SpecifiedUseResultsSurvey => self.kind_specified_use_results_survey,
                PvKind::GeneralUseResultsSurvey => self.kind_general_use_results_survey,
                PvKind::DatabaseStudy => self.kind_database_study,
                PvKind::PostMarketingClinicalTrial => self.kind_post_marketing_clinical_trial,
                PvKind::Other => self.kind_other,
            },
            Kind::Rm(k) => match k {
                RmKind::EppvInformation => self.kind_eppv_information,
                RmKind::HcpMaterial => self.kind_hcp_material,
                RmKind::PatientMaterial => self.kind_patient_material,
                RmKind::ConditionsOfUse => self.kind_conditions_of_use,
                RmKind::DistributionControl => self.kind_distribution_control,
                RmKind::Other => self.kind_other,
            },
        }
    }
}
