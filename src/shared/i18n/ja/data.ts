/**
 * Japanese: datasets, CSV files, outputs, runs and the views of a fitted model. One part of the catalogue; ja/index.ts
 * joins them.
 */
import type { Catalogue } from '../catalogue';

export const jaData: Pick<
  Catalogue,
  'data' | 'datasets' | 'csv' | 'outputView' | 'runs' | 'matrix' | 'boundary' | 'fitted' | 'samples'
> = {
  data: {
    title: 'データ',
    dataset: 'データセット',
    noise: 'ノイズ',
    samples: 'サンプル数',
    subset: 'シードで選んだ一部。{{count}} 以上ですべてを使います',
    classes: 'クラス数',
    validationShare: '検証データの割合',
    seed: 'データの乱数シード',
    preparing: 'データを準備しています…',
    summaryClasses_one:
      '訓練 {{train}} 件、検証 {{validation}} 件のサンプル、特徴量 {{count}} 個、{{classes}} クラス。',
    summaryClasses_other:
      '訓練 {{train}} 件、検証 {{validation}} 件のサンプル、特徴量 {{count}} 個、{{classes}} クラス。',
    summaryRegression_one: '訓練 {{train}} 件、検証 {{validation}} 件のサンプル、特徴量 {{count}} 個、回帰。',
    summaryRegression_other: '訓練 {{train}} 件、検証 {{validation}} 件のサンプル、特徴量 {{count}} 個、回帰。',
    samplesTitle: 'データのサンプル',
  },
  datasets: {
    circle: {
      label: '円 (Circle)',
      description: '一方のクラスの円板を、もう一方のクラスの輪が囲みます。直線では分けられません。',
    },
    xor: {
      label: 'XOR',
      description: '向かい合う象限が同じクラスになります。ニューロン1つでは解けない古典的な問題です。',
    },
    gaussian: {
      label: 'ガウス分布の塊',
      description: 'クラスごとに丸い点の集まりが1つ（2〜5 クラス）。ノイズを増やすと塊が広がって重なります。',
    },
    spiral: {
      label: '渦巻き (Spiral)',
      description: 'クラスごとに1本の渦巻きの腕が絡み合います（2〜5 クラス）。深さがないと難しい問題です。',
    },
    moons: { label: '三日月 (Moons)', description: '組み合わさった2つの半円。曲がった境界が必要です。' },
    sine: {
      label: '正弦波',
      description: '回帰: ノイズのあるサンプルから、-π から π の x について y = sin(x) を学びます。',
    },
    iris: { label: 'アヤメ (Iris)', description: 'Fisher の 150 本のアヤメ: 花びらとがくの4つの測定値、3つの品種。' },
    mnist: {
      label: 'MNIST 手書き数字',
      description: '0〜9 の手書き数字を 28×28 の灰色の画像（入力 784 個）で、最大 10,000 枚。',
    },
    csv: {
      label: '自分の CSV ファイル',
      description: '自分の表を使います。数値の特徴量の列と、予測する列を選んでください。',
    },
  },
  csv: {
    file: 'CSV ファイル',
    large: '{{name}} は大きなファイルです（{{size}} MB）。プロジェクトファイルにすべて入ります。',
    loaded: '{{name}} を読み込みました（{{encoding}}）。',
    encoding: '文字コード',
    detect: '自動判定',
    detected: '自動判定（{{name}}）',
    firstLines: '読み取った最初の数行',
    separator: '区切り文字',
    delimiter: { comma: 'カンマ ( , )', semicolon: 'セミコロン ( ; )', tab: 'タブ' },
    features: '特徴量の列',
    target: '目的変数の列',
    task: 'タスク',
    taskAuto: '目的変数から決める',
    classification: '分類',
    regression: '回帰',
    rows: 'CSV の {{total}} 行のうち最初の {{count}} 行',
    line: '行',
    warnings: 'CSV についての注意',
    leftOut_one: '{{count}} 行を除外しました:',
    leftOut_other: '{{count}} 行を除外しました:',
    leftOutList: 'データセットから除外した行',
    more: '…ほか {{count}} 行',
    badRow: '{{line}} 行目: {{problems}}',
    problemJoiner: '。',
  },
  outputView: {
    matrixLater: '混同行列は最初のエポックのあとに表示されます。',
    none: 'このデータセットには、損失曲線のほかに出力の表示がありません。',
  },
  runs: {
    summary: {
      input: '入力',
      dense: '全結合 {{width}} {{activation}}',
      output: '出力 {{activation}}',
      dropout: 'ドロップアウト {{rate}}',
      layers_one: '{{count}} 層',
      layers_other: '{{count}} 層',
    },
    label: '学習の履歴',
    title: '学習の履歴',
    empty: '完了・停止・発散した学習がここに並び、プロジェクトと一緒に保存されます。',
    overlay: '重ねる',
    network: 'ネットワークと設定',
    ended: '終わり方',
    epochs: 'エポック',
    trainLoss: '訓練損失',
    valLoss: '検証損失',
    valAccuracy: '検証の正解率',
    actions: '操作',
    overlayRun: '学習 {{n}} を重ねて表示',
    deleteRun: '学習 {{n}} を削除',
    delete: '削除',
    chartTitle: '選んだ学習の損失',
    chartLabel: '{{count}} 回の学習の損失曲線を重ねたもの',
    training: '学習 {{n}} 訓練',
    validation: '学習 {{n}} 検証',
    patience: '早期終了 {{value}} エポック',
  },
  matrix: {
    title: '混同行列',
    label: '{{title}}: 検証サンプル {{total}} 件のうち {{correct}} 件を正しく分類（{{percent}}）',
    predicted: '予測',
    true: '正解',
    cell: '正解 {{actual}}、予測 {{predicted}}: {{count}}',
  },
  boundary: {
    title: '決定境界',
    label:
      '{{title}}: エポック {{epoch}} のあとの平面全体でのネットワークの予測。訓練の点 {{train}} 個、検証の点 {{validation}} 個',
    scatter: '訓練の点 {{train}} 個と検証の点 {{validation}} 個をクラスごとに色分けした散布図',
    points: '● 訓練 ◯ 検証',
    shading: ' · 色の濃さ: ネットワークが予測するクラス（確信が強いほど濃い）',
  },
  fitted: {
    title: '当てはめた曲線',
    label: '{{title}}: 訓練の点 {{train}} 個と検証の点 {{validation}} 個',
    labelCurve: '{{title}}: 訓練の点 {{train}} 個と検証の点 {{validation}} 個、線はネットワークの予測',
    training: '訓練',
    validation: '検証',
    network: 'ネットワーク',
  },
  samples: {
    title: '検証サンプル',
    labelPredicted: '{{title}}: 予測と正解のラベル付きのサンプル {{count}} 件（予測の誤り {{wrong}} 件）',
    label: '{{title}}: ラベル付きのサンプル {{count}} 件',
    wrongDigit: '{{predicted}}（正解 {{actual}}）',
  },
};
