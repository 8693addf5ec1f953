/**
 * Japanese: text encodings, JSON syntax, the canvas, fields, the dialogs, examples, formulas, file errors and notices,
 * About. One part of the catalogue; ja/index.ts joins them.
 */
import type { Catalogue } from '../catalogue';

export const jaDialogs: Pick<
  Catalogue,
  | 'encodingGuess'
  | 'jsonSyntax'
  | 'canvas'
  | 'activationPlot'
  | 'fields'
  | 'numberField'
  | 'dialog'
  | 'exportDialog'
  | 'examples'
  | 'formula'
  | 'accuracy'
  | 'fileErrors'
  | 'nativeDialogs'
  | 'fileNotices'
  | 'fileDialog'
  | 'about'
  | 'split'
> = {
  encodingGuess: {
    'utf-32le': 'UTF-32 LE',
    'utf-32be': 'UTF-32 BE',
    'utf-16le-no-bom': 'BOM のない UTF-16 LE',
    'utf-16be-no-bom': 'BOM のない UTF-16 BE',
    binary: 'テキストではないバイナリデータ',
    'single-byte': 'Latin-1 や Windows-1252 のような 1 バイトの文字コード',
  },
  jsonSyntax: {
    empty: 'ファイルが空です（保存やコピーの途中で切れたのかもしれません）',
    truncated: 'ファイルが途中で終わっています（保存やコピーの途中で切れたのかもしれません）',
    unexpected: '予期しない{{what}} があります。{{expected}}',
    char: '文字 {{char}}',
    control: '制御文字 {{char}}',
    expected: {
      unicodeEscape: '\\u エスケープには 16 進数の数字が 4 つ必要です',
      badEscape: '文字列の中のバックスラッシュは \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX のどれかで始めてください',
      rawControl: '文字列の中にそのままの改行や制御文字は書けません（改行は \\n と書きます）',
      digit: 'この数値には数字が必要です',
      word: '"{{word}}" が必要です',
      propertyName: 'ダブルクォートで囲んだプロパティ名が必要です（JSON では末尾のカンマは使えません）',
      colon: "プロパティ名のあとに ':' が必要です",
      valueTrailing: '値が必要です（JSON では末尾のカンマは使えません）',
      value: '値が必要です',
      trailingText: 'JSON データの終わりのあとに、まだ文字があります',
      commaBracket: "リストの要素のあとに ',' か ']' が必要です",
      commaBrace: "プロパティの値のあとに ',' か '}' が必要です",
    },
  },
  canvas: {
    label: 'ネットワークのキャンバス',
    zoom: 'ズームの操作',
    minimap: 'ミニマップ',
    hideMinimap: 'ミニマップを隠す',
    showMinimap: 'ミニマップを表示',
    minimapOf: 'ネットワークのミニマップ',
    edgeLabel: '{{from}} から {{to}} への接続',
    nodeLabel: '{{name}}（{{kind}} ノード）',
  },
  activationPlot: {
    label: '{{name}}（実線）とその導関数（破線）のグラフ。z は {{min}} から {{max}} まで',
    derivative: '- - 導関数',
  },
  fields: {
    unknown: '（不明: {{value}}）',
    nameNeeded: 'メッセージで指せるように、ノードに名前を付けてください。',
  },
  numberField: {
    empty: '数値を入力してください。',
    notNumber: '「{{text}}」は10進数の数値ではありません。',
    whole: '整数を入力してください。',
    range: '{{min}} から {{max}} までの数値を入力してください。',
    atLeast: '{{min}} 以上の数値を入力してください。',
    atMost: '{{max}} 以下の数値を入力してください。',
  },
  dialog: { close: '閉じる', cancel: 'キャンセル', ok: 'OK' },
  exportDialog: {
    title: 'ネットワークを書き出す',
    format: '形式',
    weights: '重み',
    run_one: '学習 {{id}}（{{end}}、{{count}} エポック）',
    run_other: '学習 {{id}}（{{end}}、{{count}} エポック）',
    initial: '初期の重み（学習前）',
    writes: '{{zip}} を書き出します。中のフォルダ {{folder}} に入るもの:',
    files: '書き出すファイル',
    saved: '{{file}} を保存しました: {{files}}。',
    savedInitial: '{{file}} を保存しました: {{files}}（初期の重み）。',
    failed: '{{format}} への書き出しに失敗しました: {{reason}}',
    working: '書き出しています…',
    export: '{{format}} に書き出す',
    formats: {
      pytorch: {
        purpose:
          'Python で学習を続けられます。実データで、GPU で、または torchrun で複数のマシンで。同じネットワーク・重み・学習の手順です。',
        files: {
          model_py: 'nn.Module としてのネットワーク（層の名前はノードの名前）',
          train_py: '学習の手順。torchrun で分散実行できます',
          weights_safetensors: '重み（と標準化の値）',
          data_csv: 'データセットの行と、訓練/検証への分け方',
          README_md: '実行のしかた',
        },
      },
      onnx: {
        purpose:
          '学習したネットワークを ONNX Runtime が動く場所（サーバー、スマートフォン、ブラウザ）で実行したり、他のツール用に変換したりできます。生の入力を受け取ります。',
        files: {
          model_onnx: 'ネットワークと重み（opset 17）。入力は "features"、出力には名前付き',
          README_md: '入力・出力と実行のしかた',
        },
      },
      tfjs: {
        purpose:
          '学習したネットワークを TensorFlow.js（tf.loadLayersModel）でウェブページ上で実行できます。生の入力を受け取ります。',
        files: {
          model_json: '層（Keras の functional モデル）と重みの一覧',
          weights_bin: '重み（float32）',
          README_md: '読み込み方',
        },
      },
    },
  },
  examples: {
    perceptron: {
      name: 'パーセプトロン',
      description:
        '入力から sigmoid の出力へ直接つなぎます。重み付きの和が1つだけなので、まっすぐな境界しか引けません。',
    },
    'one-hidden': {
      name: '隠れ層1つ',
      description: '入力 → 全結合(8, tanh) → 出力。境界を曲げて閉じた曲線にするのに十分です。',
    },
    'deep-mlp': {
      name: '深い MLP',
      description: '16・16・8 ユニットの ReLU の隠れ層が3つ。深さが、たくさんの部品から境界を組み立てます。',
    },
    'wide-shallow': {
      name: '広くて浅い',
      description: '64 ユニットの ReLU の隠れ層が1つ。深さの代わりに、たくさんの単純な部品を横に並べます。',
    },
    'skip-add': {
      name: 'スキップ接続（足し算）',
      description: '全結合(8) の層が2つと、1つ目の層を2つ目に足す近道。残差ブロックです。',
    },
  },
  formula: {
    input: 'x = 1つのサンプルの {{width}} 個の特徴量の値（データセットのまま）',
    dense: 'W は {{inputs}} × {{units}} 個の重みです（入力1つ・ユニット1つごとに1個）。',
    denseBias:
      'W は {{inputs}} × {{units}} 個の重み（入力1つ・ユニット1つごとに1個）、b は {{units}} 個のバイアスです。',
    activation: 'a = {{activation}}。{{inputs}} 個の値それぞれに別々に適用します（重みなし）',
    keepRate: '1 − 率',
    dropoutTraining: '学習中: 各値を確率 {{rate}} で 0 にし、残りを {{keep}} で割ります',
    dropoutPrediction: '予測: 値はそのまま通ります',
    add: 'y = x₁ + x₂ + …（要素ごと。すべての入力は同じ幅でなければなりません）',
    concat: 'y = [x₁, x₂, …]（つないだ順に入力を並べます）',
    output_one: 'ŷ = {{activation}}。出力は {{width}} 個で、データセットが決めます',
    output_other: 'ŷ = {{activation}}。出力は {{width}} 個で、データセットが決めます',
    lossWords: '{{title}}: {{formula}}',
    loss: {
      mse: '(ŷ − y)² の平均',
      binaryCrossEntropy: '−[y·log ŷ + (1 − y)·log(1 − ŷ)]',
      crossEntropy: '正解のクラスに与えた確率の −log',
    },
  },
  accuracy: {
    title: '正解率',
    label: '{{title}}のグラフ: {{count}} エポックの訓練と検証の正解率',
    now: '。いまの検証の正解率は {{percent}}',
    training: '訓練の正解率',
    validation: '検証の正解率',
  },
  fileErrors: {
    open: 'ファイルを開けませんでした',
    openName: '{{name}} を開けませんでした',
    openRecent: '最近使ったファイルを開けませんでした',
    save: 'プロジェクトを保存できませんでした',
    saveName: '{{name}} を保存できませんでした',
    nothingWritten: '何も書き込んでいません。ディスク上のファイルは変わっていません。',
    started: '新しいプロジェクトを始めました。',
    closed: 'プロジェクトを閉じました。これは新しいプロジェクトです。',
    notProjectFile:
      '{{name}} は Layerwise のプロジェクトファイルではありません。Layerwise で保存した .nnproj ファイルをドロップしてください（CSV はデータパネルへ）。',
    unreadable: '{{name}} を読み込めませんでした: {{reason}}',
    recentUnreadable: '最近使ったファイルを読み込めませんでした: {{reason}}',
    restore: '保存していない作業を復元できませんでした',
    restoreName: '{{name}} を復元できませんでした',
    discard: '保存していない作業を破棄できませんでした',
  },
  nativeDialogs: {
    unsavedMessage: '「{{name}}」に加えた変更を保存しますか？',
    unsavedDetail: '保存しないと、変更は失われます。',
    projectFiles: 'Layerwise プロジェクト',
    discardUnsaved: '「{{name}}」には保存していない変更があります。破棄しますか？',
  },
  fileNotices: {
    opened: '{{name}} を開きました。',
    saved: '{{name}} を保存しました。',
    fromTemplate: 'テンプレート「{{template}}」から新しいプロジェクトを始めました。',
    reverted: '最後に保存した {{name}} に戻しました。',
    restored: '{{name}} の保存していない作業を復元しました。残すには保存してください。',
    upgraded:
      '{{name}} はファイル形式のバージョン {{from}} で保存されていたので、バージョン {{to}} に変換しました。ディスク上のファイルは保存したときにだけ変わります。保存したファイルは古いバージョンの Layerwise では開けません。',
  },
  fileDialog: {
    moreProblems_one: '…ほかに同じ種類の問題が {{count}} 件あります。',
    moreProblems_other: '…ほかに同じ種類の問題が {{count}} 件あります。',
    unsavedTitle: '変更を保存しますか？',
    unsaved: '「{{name}}」には保存していない変更があります。先に保存しますか？ 保存せずに続けると、変更は失われます。',
    dontSave: '保存しない',
    save: '保存',
    unchanged: '開いているプロジェクトは変更されていません。',
    recentTitle: '最近使ったファイル',
    reading: '最近使ったファイルを読み込んでいます…',
    noRecent: '最近使ったファイルはまだありません。開いたり保存したりしたファイルがここに出ます。',
    recent: '最近使ったファイル',
    templatesTitle: 'テンプレートから新規作成',
    templates: 'テンプレート',
    recoverTitle: '保存していない作業を復元',
    recover: 'この作業が保存される前に Layerwise が終了しました。復元して続けるか、破棄してください。',
    unsavedWork: '保存していない作業',
    changedAt: '最終変更 {{when}}',
    changedAtPath: '最終変更 {{when}}（{{path}}）',
    restore: '復元',
    restoreName: '「{{name}}」を復元',
    discard: '破棄',
    discardName: '「{{name}}」を破棄',
    later: 'あとで決める',
  },
  about: {
    title: 'Layerwise について',
    version: 'バージョン {{version}}',
    versionFailed: 'バージョンを読み取れませんでした。',
    versionReading: 'バージョンを読み取っています…',
    kernelsLater: '学習の計算カーネル: 学習を始めると表示されます。',
    kernels: '学習の計算カーネル: {{kernels}}。',
    kernelsFallback: '学習の計算カーネル: {{kernels}}（この環境では WebAssembly SIMD が使えません）。',
    threadsOne: '最後の学習は勾配を 1 つのスレッドで計算しました。',
    threadsMany: '最後の学習は勾配を {{count}} スレッドで並列に計算しました（結果は 1 スレッドのときと同じ数値です）。',
    what: 'Layerwise は、小さなニューラルネットワークをドラッグ＆ドロップで設計・学習・比較できるデスクトップアプリです。',
    licence: 'MIT ライセンスのフリーソフトウェアです。Copyright © 2026 The Layerwise authors.',
  },
  split: {
    resize: '学習エリアの大きさを変える',
    value: '学習エリアは高さの {{percent}}%',
  },
};
