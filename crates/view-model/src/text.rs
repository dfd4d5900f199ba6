//! Every UI label, one table per language. Document content is never
//! translated: it stays as written.

use super::activity::Label;
use rmp_model::{ActivityStatus, ConcernCategory, Form, PvKind, RmKind};
use rmp_model::{Kind, Plan};

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
    pub fn from_code(code: &str) -> Lang {
        if code.trim().to_ascii_lowercase().starts_with("en") {
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
}

/// The labels of one language.
#[derive(Debug)]
pub struct Texts {
    pub view_summary: &'static str,
    pub view_overview: &'static str,
    pub view_risks: &'static str,
    pub view_board: &'static str,
    pub view_matrix: &'static str,
    pub views_label: &'static str,
    pub switch_language: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_results: &'static str,
    pub search_none: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub error_title: &'static str,
    pub error_where: &'static str,
    pub retry: &'static str,
    pub show_default: &'static str,
    pub loading: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub none: &'static str,
    pub identified_risks: &'static str,
    pub potential_risks: &'static str,
    pub missing_information: &'static str,
    pub efficacy_considerations: &'static str,
    pub reason_identified: &'static str,
    pub reason_potential: &'static str,
    pub reason_missing: &'static str,
    pub reason_efficacy: &'static str,
    pub incidence: &'static str,
    pub pv_activities: &'static str,
    pub rm_activities: &'static str,
    pub content: &'static str,
    pub selection_reason: &'static str,
    pub routine_pv: &'static str,
    pub additional_pv: &'static str,
    pub routine_rm: &'static str,
    pub additional_rm: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub download_csv: &'static str,
    pub all_grades: &'static str,
    pub grade_ge3: &'static str,
    pub references: &'static str,
    pub footnotes: &'static str,
    pub computed: &'static str,
    pub printed_differs: &'static str,
    pub chart_alt: &'static str,
    pub patients: &'static str,
    pub on_board: &'static str,
    pub summary_pv_heading: &'static str,
    pub summary_efficacy_heading: &'static str,
    pub summary_rm_heading: &'static str,
    pub summary_spec_heading: &'static str,
    pub summary_efficacy_considerations: &'static str,
    pub summary_arrow_pv: &'static str,
    pub summary_arrow_rm: &'static str,
    pub brand_name: &'static str,
    pub active_ingredient: &'static str,
    pub company: &'static str,
    pub therapeutic_category: &'static str,
    pub submitted: &'static str,
    pub approval_date: &'static str,
    pub approval_number: &'static str,
    pub reexamination_period: &'static str,
    pub international_birth_date: &'static str,
    pub strength_and_form: &'static str,
    pub dosage: &'static str,
    pub indications: &'static str,
    pub conditions_of_approval: &'static str,
    pub remarks: &'static str,
    pub change_history: &'static str,
    pub previous_submission: &'static str,
    pub changes: &'static str,
    pub change_reason: &'static str,
    pub product_overview: &'static str,
    pub pv_plan: &'static str,
    pub efficacy_studies: &'static str,
    pub rm_plan: &'static str,
    pub safety_concerns: &'static str,
    pub objective: &'static str,
    pub method: &'static str,
    pub rm_method: &'static str,
    pub plan: &'static str,
    pub rationale: &'static str,
    pub milestones: &'static str,
    pub follow_up: &'static str,
    pub further_measures: &'static str,
    pub physician_requirements: &'static str,
    pub facility_requirements: &'static str,
    pub pre_explanation: &'static str,
    pub distribution_control: &'static str,
    pub status_planned: &'static str,
    pub status_ongoing: &'static str,
    pub status_completed: &'static str,
    pub status_unlisted: &'static str,
    pub routine_activities: &'static str,
    pub milestone_cases: &'static str,
    pub milestone_timing: &'static str,
    pub report: &'static str,
    pub material_at: &'static str,
    pub addresses: &'static str,
    pub list_only: &'static str,
    pub filter_plan: &'static str,
    pub filter_all: &'static str,
    pub filter_pv: &'static str,
    pub filter_rm: &'static str,
    pub filter_risk: &'static str,
    pub all_risks: &'static str,
    pub timeline: &'static str,
    pub today: &'static str,
    pub undated: &'static str,
    pub matrix_caption: &'static str,
    pub concern: &'static str,
    pub addressed: &'static str,
    pub not_addressed: &'static str,
    pub document_warnings: &'static str,
    pub plan_pv: &'static str,
    pub plan_efficacy: &'static str,
    pub plan_rm: &'static str,
    pub error_code: &'static str,
    pub error_position: &'static str,
    pub error_more: &'static str,
    pub study_code: &'static str,
    pub hits_suffix: &'static str,
    pub line: &'static str,
    pub column: &'static str,
    pub form: &'static str,
    pub form_full: &'static str,
    pub form_summary: &'static str,
    pub view_plan: &'static str,
    pub milestones_reasons: &'static str,
    pub milestones_measures: &'static str,
    pub routine_pv_outline: &'static str,
    pub routine_rm_outline: &'static str,
    pub list_pv: &'static str,
    pub list_efficacy: &'static str,
    pub list_rm: &'static str,
    pub lists_heading: &'static str,
    pub list_name: &'static str,
    pub status_heading: &'static str,
    pub back_to_board: &'static str,
    pub activity_page: &'static str,
    pub no_activity: &'static str,
    pub shown_from: &'static str,
}

/// 日本語.
pub static JA: Texts = Texts {
    view_summary: "概要",
    view_overview: "品目の概要",
    view_risks: "安全性検討事項",
    view_board: "活動の状況",
    view_matrix: "リスク×活動",
    views_label: "表示",
    switch_language: "English",
    search_label: "RMP 内を検索",
    search_placeholder: "例：LUN2501、CRS、好中球",
    search_results: "検索結果",
    search_none: "該当なし",
    open_file: "RMP ファイルを開く",
    drop_hint: "JSON ファイルをここにドロップ",
    error_title: "この RMP を表示できません",
    error_where: "場所",
    retry: "再試行",
    show_default: "既定の RMP を表示",
    loading: "読み込み中…",
    expand_all: "すべて開く",
    collapse_all: "すべて閉じる",
    none: "なし",
    identified_risks: "重要な特定されたリスク",
    potential_risks: "重要な潜在的リスク",
    missing_information: "重要な不足情報",
    efficacy_considerations: "有効性に関する検討事項",
    reason_identified: "重要な特定されたリスクとした理由",
    reason_potential: "重要な潜在的リスクとした理由",
    reason_missing: "重要な不足情報とした理由",
    reason_efficacy: "有効性に関する検討事項とした理由",
    incidence: "発現状況",
    pv_activities: "医薬品安全性監視活動の内容及びその選択理由",
    rm_activities: "リスク最小化活動の内容及びその選択理由",
    content: "内容",
    selection_reason: "選択理由",
    routine_pv: "通常の医薬品安全性監視活動",
    additional_pv: "追加の医薬品安全性監視活動",
    routine_rm: "通常のリスク最小化活動",
    additional_rm: "追加のリスク最小化活動",
    show_table: "表",
    show_chart: "グラフ",
    download_csv: "CSV をダウンロード",
    all_grades: "全Grade",
    grade_ge3: "Grade≧3",
    references: "引用文献",
    footnotes: "脚注",
    computed: "計算値",
    printed_differs: "記載値は n/N と一致しません",
    chart_alt: "コホート別の発現割合（%）の横棒グラフ。数値は表と同じです。",
    patients: "例",
    on_board: "活動の状況で見る",
    summary_pv_heading: "2. 医薬品安全性監視計画の概要",
    summary_efficacy_heading: "3. 有効性に関する調査･試験の計画の概要",
    summary_rm_heading: "4. リスク最小化計画の概要",
    summary_spec_heading: "1.1. 安全性検討事項",
    summary_efficacy_considerations: "1.2. 有効性に関する検討事項",
    summary_arrow_pv: "↓上記に基づく安全性監視のための活動",
    summary_arrow_rm: "↓上記に基づくリスク最小化のための活動",
    brand_name: "販売名",
    active_ingredient: "有効成分",
    company: "製造販売業者",
    therapeutic_category: "薬効分類",
    submitted: "提出年月",
    approval_date: "承認年月日",
    approval_number: "承認番号",
    reexamination_period: "再審査期間",
    international_birth_date: "国際誕生日",
    strength_and_form: "含量及び剤形",
    dosage: "用法及び用量",
    indications: "効能又は効果",
    conditions_of_approval: "承認条件",
    remarks: "備考",
    change_history: "変更の履歴",
    previous_submission: "前回提出日",
    changes: "変更内容の概要",
    change_reason: "変更理由",
    product_overview: "品目の概要",
    pv_plan: "医薬品安全性監視計画の概要",
    efficacy_studies: "有効性に関する調査・試験の計画の概要",
    rm_plan: "リスク最小化計画の概要",
    safety_concerns: "安全性検討事項",
    objective: "目的",
    method: "実施方法",
    rm_method: "具体的な方法",
    plan: "実施計画",
    rationale: "実施計画の根拠",
    milestones: "節目となる予定の時期",
    follow_up: "当該医薬品安全性監視活動の結果に基づいて実施される可能性のある追加の措置及びその開始の決定基準",
    further_measures: "実施した結果に基づき採択される可能性がある更なる措置",
    physician_requirements: "（1）医師要件",
    facility_requirements: "（2）施設要件",
    pre_explanation: "（3）医療関係者への事前説明",
    distribution_control: "（4）流通管理",
    status_planned: "計画中",
    status_ongoing: "実施中",
    status_completed: "終了",
    status_unlisted: "一覧に記載なし",
    routine_activities: "通常の活動",
    milestone_cases: "節目となる症例数／目標症例数",
    milestone_timing: "節目となる予定の時期",
    report: "報告書の作成予定日",
    material_at: "資材の掲載先",
    addresses: "対象の安全性検討事項",
    list_only: "5. の一覧にのみ記載",
    filter_plan: "計画",
    filter_all: "すべて",
    filter_pv: "安全性監視",
    filter_rm: "リスク最小化",
    filter_risk: "安全性検討事項",
    all_risks: "すべて",
    timeline: "タイムライン",
    today: "今日",
    undated: "日付のない節目",
    matrix_caption: "安全性検討事項と活動の対応",
    concern: "安全性検討事項",
    addressed: "対象",
    not_addressed: "対象外",
    document_warnings: "この文書についての注意",
    plan_pv: "安全性監視",
    plan_efficacy: "有効性",
    plan_rm: "リスク最小化",
    error_code: "コード",
    error_position: "位置",
    error_more: "ほかのエラー",
    study_code: "試験コード",
    hits_suffix: "件",
    line: "行",
    column: "列",
    form: "様式",
    form_full: "別紙様式1",
    form_summary: "別紙様式2",
    view_plan: "計画の全文",
    milestones_reasons: "節目となる予定の時期及びその根拠",
    milestones_measures: "節目となる予定の時期及び実施した結果に基づき採択される可能性がある更なる措置",
    routine_pv_outline: "通常の医薬品安全性監視活動の概要",
    routine_rm_outline: "通常のリスク最小化活動の概要",
    list_pv: "5.（1）医薬品安全性監視計画の一覧",
    list_efficacy: "5.（2）有効性に関する調査・試験の計画の一覧",
    list_rm: "5.（3）リスク最小化計画の一覧",
    lists_heading: "5. 医薬品安全性監視計画，有効性に関する調査・試験の計画及びリスク最小化計画の一覧",
    list_name: "名称",
    status_heading: "実施状況",
    back_to_board: "活動の状況に戻る",
    activity_page: "この活動のページ",
    no_activity: "この文書にこの活動はありません",
    shown_from: "この文書の出典：",
};

/// English.
pub static EN: Texts = Texts {
    view_summary: "Summary",
    view_overview: "Product overview",
    view_risks: "Safety specification",
    view_board: "Activity status",
    view_matrix: "Risks × activities",
    views_label: "Views",
    switch_language: "日本語",
    search_label: "Search this RMP",
    search_placeholder: "e.g. LUN2501, CRS, neutropenia",
    search_results: "Search results",
    search_none: "No matches",
    open_file: "Open an RMP file",
    drop_hint: "Drop a JSON file here",
    error_title: "This RMP cannot be shown",
    error_where: "Where",
    retry: "Retry",
    show_default: "Show the default RMP",
    loading: "Loading…",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    none: "None (なし)",
    identified_risks: "Important identified risks",
    potential_risks: "Important potential risks",
    missing_information: "Important missing information",
    efficacy_considerations: "Efficacy considerations",
    reason_identified: "Reason for important identified risk",
    reason_potential: "Reason for important potential risk",
    reason_missing: "Reason for important missing information",
    reason_efficacy: "Reason for efficacy consideration",
    incidence: "Incidence",
    pv_activities: "Pharmacovigilance activities and reasons for choosing them",
    rm_activities: "Risk minimisation activities and reasons for choosing them",
    content: "Activities",
    selection_reason: "Reasons",
    routine_pv: "Routine pharmacovigilance",
    additional_pv: "Additional pharmacovigilance",
    routine_rm: "Routine risk minimisation",
    additional_rm: "Additional risk minimisation",
    show_table: "Table",
    show_chart: "Chart",
    download_csv: "Download CSV",
    all_grades: "All grades",
    grade_ge3: "Grade ≥3",
    references: "References",
    footnotes: "Footnotes",
    computed: "computed",
    printed_differs: "the printed figure differs from n/N",
    chart_alt: "Horizontal bars of incidence (%) per cohort. The figures are those of the table.",
    patients: "patients",
    on_board: "See on the status board",
    summary_pv_heading: "2. Pharmacovigilance plan",
    summary_efficacy_heading: "3. Efficacy studies",
    summary_rm_heading: "4. Risk minimisation plan",
    summary_spec_heading: "1.1. Safety specification",
    summary_efficacy_considerations: "1.2. Efficacy considerations",
    summary_arrow_pv: "↓ Pharmacovigilance activities based on the above",
    summary_arrow_rm: "↓ Risk minimisation activities based on the above",
    brand_name: "Brand name",
    active_ingredient: "Active ingredient",
    company: "Marketing authorisation holder",
    therapeutic_category: "Therapeutic category",
    submitted: "Submitted",
    approval_date: "Approval date",
    approval_number: "Approval number",
    reexamination_period: "Re-examination period",
    international_birth_date: "International birth date",
    strength_and_form: "Strength and dosage form",
    dosage: "Dosage and administration",
    indications: "Indications",
    conditions_of_approval: "Conditions of approval",
    remarks: "Remarks",
    change_history: "Change history",
    previous_submission: "Previous submission",
    changes: "Changes",
    change_reason: "Reason for change",
    product_overview: "Product overview",
    pv_plan: "Pharmacovigilance plan",
    efficacy_studies: "Efficacy studies",
    rm_plan: "Risk minimisation plan",
    safety_concerns: "Safety concerns",
    objective: "Objective",
    method: "Method",
    rm_method: "Method",
    plan: "Plan",
    rationale: "Rationale",
    milestones: "Milestones",
    follow_up: "Actions that may follow from the results",
    further_measures: "Further measures that may follow from the results",
    physician_requirements: "(1) Physician requirements",
    facility_requirements: "(2) Facility requirements",
    pre_explanation: "(3) Explanation to healthcare professionals beforehand",
    distribution_control: "(4) Distribution control",
    status_planned: "Planned",
    status_ongoing: "Ongoing",
    status_completed: "Completed",
    status_unlisted: "Not in the lists",
    routine_activities: "Routine activities",
    milestone_cases: "Milestone / target cases",
    milestone_timing: "Milestone timing",
    report: "Report",
    material_at: "Material",
    addresses: "Addresses",
    list_only: "Named only in the section 5 lists",
    filter_plan: "Plan",
    filter_all: "All",
    filter_pv: "Pharmacovigilance",
    filter_rm: "Risk minimisation",
    filter_risk: "Safety concern",
    all_risks: "All",
    timeline: "Timeline",
    today: "Today",
    undated: "Milestones without a date",
    matrix_caption: "Which activity addresses which safety concern",
    concern: "Safety concern",
    addressed: "addressed",
    not_addressed: "not addressed",
    document_warnings: "Notes on this document",
    plan_pv: "PV",
    plan_efficacy: "Efficacy",
    plan_rm: "RM",
    error_code: "Code",
    error_position: "Position",
    error_more: "Other errors",
    study_code: "Study code",
    hits_suffix: " hits",
    line: "line",
    column: "column",
    form: "Forms",
    form_full: "Form 1 (別紙様式1, full plan)",
    form_summary: "Form 2 (別紙様式2, summary)",
    view_plan: "Full plan",
    milestones_reasons: "Milestones and their reasons",
    milestones_measures: "Milestones, and further measures that may follow from the results",
    routine_pv_outline: "Outline of routine pharmacovigilance",
    routine_rm_outline: "Outline of routine risk minimisation",
    list_pv: "5.(1) List of the pharmacovigilance plan",
    list_efficacy: "5.(2) List of the efficacy studies",
    list_rm: "5.(3) List of the risk minimisation plan",
    lists_heading: "5. Lists of the pharmacovigilance plan, the efficacy studies and the risk minimisation plan",
    list_name: "Name",
    status_heading: "Status",
    back_to_board: "Back to the activity status",
    activity_page: "This activity's page",
    no_activity: "This document has no such activity",
    shown_from: "This document comes from: ",
};

impl Texts {
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

    /// A plan's short name.
    pub fn plan(&self, p: Plan) -> &'static str {
        match p {
            Plan::Pv => self.plan_pv,
            Plan::Efficacy => self.plan_efficacy,
            Plan::Rm => self.plan_rm,
        }
    }
}

/// An activity kind's name in a language.
pub fn kind_label(kind: Kind, plan: Plan, lang: Lang) -> &'static str {
    let ja = lang == Lang::Ja;
    match kind {
        Kind::Routine if plan == Plan::Rm => {
            pick(ja, "通常のリスク最小化活動", "Routine risk minimisation")
        }
        Kind::Routine => pick(
            ja,
            "通常の医薬品安全性監視活動",
            "Routine pharmacovigilance",
        ),
        Kind::Pv(k) => match k {
            PvKind::Eppv => pick(
                ja,
                "市販直後調査",
                "Early post-marketing phase vigilance (EPPV)",
            ),
            PvKind::UseResultsSurvey => pick(ja, "使用成績調査", "Use-results survey"),
            PvKind::SpecifiedUseResultsSurvey => {
                pick(ja, "特定使用成績調査", "Specified use-results survey")
            }
            PvKind::GeneralUseResultsSurvey => {
                pick(ja, "一般使用成績調査", "General use-results survey")
            }
            PvKind::DatabaseStudy => pick(
                ja,
                "製造販売後データベース調査",
                "Post-marketing database study",
            ),
            PvKind::PostMarketingClinicalTrial => {
                pick(ja, "製造販売後臨床試験", "Post-marketing clinical trial")
            }
            PvKind::Other => pick(ja, "その他", "Other"),
        },
        Kind::Rm(k) => match k {
            RmKind::EppvInformation => pick(
                ja,
                "市販直後調査による情報提供",
                "EPPV information provision",
            ),
            RmKind::HcpMaterial => pick(
                ja,
                "医療従事者向け資材",
                "Material for healthcare professionals",
            ),
            RmKind::PatientMaterial => pick(ja, "患者向け資材", "Material for patients"),
            RmKind::ConditionsOfUse => pick(ja, "使用条件の設定", "Conditions of use"),
            RmKind::DistributionControl => pick(ja, "流通管理", "Distribution control"),
            RmKind::Other => pick(ja, "その他", "Other"),
        },
    }
}

fn pick(ja: bool, j: &'static str, e: &'static str) -> &'static str {
    if ja {
        j
    } else {
        e
    }
}
