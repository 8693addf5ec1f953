/**
 * 日本語のカタログ。学習者向けに、分野の標準的な用語（glossary.ts）を一貫して使う。
 * Keys mirror en.ts exactly; the type makes a missing or extra key a compile error, and a unit test checks
 * the glossary terms.
 */
import type { Catalogue } from './catalogue';

export const ja: Catalogue = {
  menu: {
    File: 'ファイル',
    Edit: '編集',
    View: '表示',
    Train: '学習',
    Compare: '比較',
    Help: 'ヘルプ',
    bar: 'メインメニュー',
  },
  commands: {
    file: {
      new: '新規',
      newFromTemplate: 'テンプレートから新規作成…',
      open: '開く…',
      openRecent: '最近使ったファイルを開く…',
      save: '保存',
      saveAs: '名前を付けて保存…',
      revert: '保存した状態に戻す',
      close: '閉じる',
      export: 'エクスポート…',
    },
    edit: {
      undo: '元に戻す',
      redo: 'やり直す',
      cut: '切り取り',
      copy: 'コピー',
      paste: '貼り付け',
      duplicate: '複製',
      selectAll: 'すべて選択',
      delete: '削除',
      deselect: '選択を解除',
    },
    view: {
      layout: '自動レイアウト',
      fit: '全体を表示',
      zoomIn: '拡大',
      zoomOut: '縮小',
      languageEn: '言語: English（英語）',
      languageJa: '言語: 日本語',
    },
    train: {
      start: '学習',
      pauseResume: '一時停止 / 再開',
      step: '1エポック進める',
      stop: '停止',
      reset: '重みをリセット',
    },
    compare: {
      activations: '活性化関数を比較',
      new: '比較…',
      show: '比較結果を表示',
    },
    help: {
      shortcuts: 'キーボードショートカット',
      about: 'Layerwise について',
    },
  },
  nodeKinds: {
    input: { title: '入力層 (Input)', phrase: '入力層' },
    dense: { title: '全結合 (Dense)', phrase: '全結合層' },
    activation: { title: '活性化 (Activation)', phrase: '活性化層' },
    dropout: { title: 'ドロップアウト (Dropout)', phrase: 'ドロップアウト層' },
    add: { title: '加算 (Add)', phrase: '加算層' },
    concat: { title: '連結 (Concat)', phrase: '連結層' },
    output: { title: '出力層 (Output)', phrase: '出力層' },
    unknown: { phrase: '種類「{{type}}」のノード' },
  },
  nodeRef: '{{kind}}「{{name}}」',
  severity: { error: 'エラー', warning: '警告' },
  status: {
    ready: '学習できます · パラメータ数 {{count, number}}',
    errors_one: 'エラー {{count}} 件',
    errors_other: 'エラー {{count}} 件',
    warnings_one: '警告 {{count}} 件',
    warnings_other: '警告 {{count}} 件',
    summary: '{{errors}}、{{warnings}}',
  },
  problems: {
    'duplicate-id': '2つのノードが同じ ID「{{id}}」を持っています。ノードごとに別の ID を付けてください。',
    'dangling-edge': '接続「{{edge}}」が存在しないノード「{{missing}}」を指しています。この接続を削除してください。',
    'duplicate-edge': '{{sourceDesc}}と{{targetDesc}}が2回接続されています。どちらかの接続を削除してください。',
    cycle:
      'グラフに循環があります: {{path}}。層は入力から出力へ一方向（順伝播）につなぐ必要があります。これらの接続のどれかを外してください。',
    'no-path':
      '入力層から出力層までつながっていません。{{inputDesc}}から層をたどって{{outputDesc}}まで接続してください。',
    unreachable_noOutput:
      '{{nodeDesc}}は出力層につながっていないため、学習では無視されます。先へ接続するか削除してください。',
    unreachable_noInput:
      '{{nodeDesc}}は入力層につながっていないため、学習では無視されます。接続するか削除してください。',
    'missing-input-node': 'ネットワークに入力層がありません。パレットから追加して、最初の層に接続してください。',
    'missing-output-node': 'ネットワークに出力層がありません。パレットから追加して、最後の層をそこへ接続してください。',
    'multiple-inputs':
      'ネットワークに入力層が {{count}} 個ありますが、使えるのは1つだけです。{{nodeDesc}}を削除してください。',
    'multiple-outputs':
      'ネットワークに出力層が {{count}} 個ありますが、使えるのは1つだけです。{{nodeDesc}}を削除してください。',
    'input-has-incoming':
      '{{nodeDesc}}には接続を入れられません。ここはデータが入ってくる場所です。入ってくる接続を削除してください。',
    'output-has-outgoing':
      '{{nodeDesc}}から他の層へはつなげません。ここはネットワークの終わりです。出ていく接続を削除してください。',
    'no-input': '{{nodeDesc}}に入力がありません。層をつないでください。',
    'too-many-inputs':
      '{{nodeDesc}}の入力は1つですが、{{count}} 本つながっています。先に加算層 (Add) か連結層 (Concat) でまとめるか、余分な接続を削除してください。',
    'merge-needs-two': '{{nodeDesc}}の入力が1つしかありません。2つ以上の層をつなぐか、削除してください。',
    'shape-mismatch':
      '{{nodeDesc}}は形状 {{first}} と {{other}} を合わせようとしていますが、形状が一致しません。つないでいる層のユニット数をそろえるか、代わりに連結層 (Concat) を使ってください。',
    'softmax-hidden':
      '{{nodeDesc}}がソフトマックスを使っていますが、ソフトマックスは出力層でしか使えません。relu や tanh など別の活性化関数を選んでください。',
    'bad-activation': '{{nodeDesc}}の活性化関数「{{value}}」は不明です。{{choices}} から選んでください。',
    'bad-activation_output': '{{nodeDesc}}の活性化関数は「{{value}}」です。出力層で使えるのは {{choices}} です。',
    'bad-units': '{{nodeDesc}}のユニット数が {{value}} です。{{min}} から {{max}} までの整数にしてください。',
    'bad-param': '{{nodeDesc}}の「バイアスを使う」の設定がオンでもオフでもありません。true か false にしてください。',
    'bad-l2':
      '{{nodeDesc}}の L2 正則化の強さが {{value}} です。{{min}} から {{max}} までの数（例えば 0.001、0 でオフ）にしてください。',
    'bad-rate':
      '{{nodeDesc}}のドロップアウト率が {{value}} です。{{min}} から {{max}} までの数にしてください（0.2〜0.5 がよく使われます）。',
    'bad-loss': '{{nodeDesc}}の損失関数「{{value}}」は不明です。{{choices}} から選んでください。',
    'unknown-type': '{{nodeDesc}}はこのバージョンが知らない種類です。削除するか Layerwise を更新してください。',
    'loss-mismatch_regression':
      '{{nodeDesc}}は {{activation}} と {{loss}} を使っていますが、このデータセットは回帰の課題です。linear の出力と平均二乗誤差 (mse) を使ってください。',
    'loss-mismatch_twoClasses':
      '{{nodeDesc}}は {{activation}} と {{loss}} を使っていますが、このデータセットは2クラスです。sigmoid と二値交差エントロピー（1ユニット）か、softmax と交差エントロピー（2ユニット）を使ってください。',
    'loss-mismatch_binaryMany':
      '二値交差エントロピーには出力ユニットが1つ必要ですが、このデータセットは {{classes}} クラスです。{{nodeDesc}}で softmax と交差エントロピーを使ってください。',
    'loss-mismatch_many':
      '{{nodeDesc}}は {{activation}} と {{loss}} を使っていますが、このデータセットは {{classes}} クラスです。softmax と交差エントロピーを使ってください。',
    'data-shape_features': 'データセットの入力特徴量が {{value}} 個です。特徴量の列が少なくとも1つ必要です。',
    'data-shape_classes': 'データセットのクラス数が {{value}} です。分類には少なくとも2クラスが必要です。',
    'data-shape_targets': 'データセットの目的変数が {{value}} 個です。回帰には目的変数の列が少なくとも1つ必要です。',
  },
  toolbar: {
    template: 'テンプレートから新規作成',
    themeSystem: 'システムのテーマ',
    themeLight: 'ライトテーマ',
    themeDark: 'ダークテーマ',
    themeChange: 'テーマ: {{name}}。テーマを変更',
    groupMenu: '{{name}}メニュー',
  },
  shortcuts: {
    intro: 'ショートカットは、入力欄に文字を入力している間を除いて、どこでも使えます。',
    list: 'ショートカット一覧',
    command: 'コマンド',
    shortcut: 'ショートカット',
    menuOnly: 'メニューのみ',
    or: ' または ',
  },
  node: {
    out: '出力 {{shape}}',
    outTitle: '出力の形状（バッチの次元を除く）',
    params: 'パラメータ {{count, number}}',
    paramsTitle: '学習するパラメータ（重みとバイアス）',
    inputOf: '{{name}} の入力',
    outputOf: '{{name}} の出力',
    errorPrefix: 'エラー: ',
    problemsOn_one: '{{name}} に問題が {{count}} 件',
    problemsOn_other: '{{name}} に問題が {{count}} 件',
    warningsOn_one: '{{name}} に警告が {{count}} 件',
    warningsOn_other: '{{name}} に警告が {{count}} 件',
    warningPrefix: '警告: ',
  },
  palette: {
    title: '層',
    label: '層のパレット',
    add: '{{kind}}層を追加',
    hint: '層をキャンバスへドラッグするか、Enter キーで中央に追加します。',
    added: '{{name}} を表示の中央に追加しました。',
    addedNear: '{{name}} を表示の中央付近の、他のノードと重ならない位置に追加しました。',
    description: {
      input: 'データセットのサンプルを1つずつネットワークに入れる入力層です。幅は特徴量の数です。',
      dense: '全結合層です。各ユニットがすべての入力の重み付き和にバイアスを足し、活性化関数を通します。',
      activation: '重みを持たず、各値に非線形の関数（活性化関数）を1つずつ適用します。',
      dropout:
        '学習中に値の一部をランダムに0にします（ドロップアウト）。ネットワークが特定のユニットに頼りすぎないようにします。',
      add: '入力を要素ごとに足し合わせます（スキップ接続）。すべての入力の幅が同じである必要があります。',
      concat: '入力を接続した順に横に並べ、1本の長いベクトルにします。',
      output: 'ネットワークの予測と、学習で小さくする損失（損失関数）です。出力層の幅はデータセットで決まります。',
    },
  },
  app: { editor: 'ネットワークエディタ' },
  training: {
    settings: '学習の設定',
    title: '学習',
    train: '学習',
    resume: '再開',
    pause: '一時停止',
    step: '1エポック',
    stepTitle: '1エポックだけ学習して一時停止する',
    stop: '停止',
    reset: '重みをリセット',
    resetTitle: '学習した重みを捨てて、グラフを消去する',
    optimizer: '最適化手法 (Optimizer)',
    learningRate: '学習率',
    liveHint: '変更は実行中の学習にすぐ反映されます',
    highRate:
      '学習率が1を超えると、多くのネットワークは発散します（損失が NaN になります）。0.001〜0.1 がふつうはうまくいきます。',
    batchSize: 'バッチサイズ',
    epochs: 'エポック数',
    seed: '乱数シード',
    earlyStopping: '早期終了 (Early stopping)',
    patience: '待つエポック数',
    hideSettings: '設定を隠す',
    showSettings: '設定',
    stopTitle: '学習を停止しますか？',
    stopMessage:
      '学習中にネットワークを変更しました。実行中の学習は、開始したときのネットワークのまま続きます。停止して、次の学習で変更を使いますか？',
    stopConfirm: '学習を停止',
    stopCancel: '学習を続ける',
    status: {
      starting: 'ネットワークとデータを準備しています…',
      running: '学習中…',
      paused: '一時停止中。',
      done: '完了しました。',
      idle: '学習できます。',
    },
    progress: '学習の進み具合',
    progressValue: '{{percent}}%、エポック {{done}} / {{total}}',
    epochOf: 'エポック {{done}} / {{total}}',
    samples: '{{rate}} サンプル',
    left: '残り {{eta}}',
    rate: '{{rate, number}}/秒',
  },
  charts: {
    savePng: 'PNG で保存',
    savePngOf: '{{title}}を PNG で保存',
    loss: '損失',
    lossLabel: '{{title}}のグラフ: {{count}} エポックの訓練損失と検証損失',
    lossBest: '。検証損失はエポック {{epoch}} で最小',
    logScale: '対数目盛',
    epoch: 'エポック',
    gap: '差（検証 − 訓練）',
    trainingLoss: '訓練損失',
    validationLoss: '検証損失',
    lowest: '検証損失の最小点',
    memorise:
      'エポック {{epoch}}: ここで検証損失が下がらなくなります。ネットワークが訓練データを丸暗記し始めています（過学習）',
  },
  layerNode: {
    features_one: 'データセットの特徴量 {{count}} 個',
    features_other: 'データセットの特徴量 {{count}} 個',
    units: '{{value}} ユニット',
    rate: '率 {{value}}',
    sum: '入力の和',
    sideBySide: '入力を横に並べる',
    targets_one: 'データセットの目的変数 {{count}} 個',
    targets_other: 'データセットの目的変数 {{count}} 個',
    classes: 'データセットのクラス {{count}} 個',
    loss: '損失関数: {{name}}',
  },
  losses: {
    mse: '平均二乗誤差',
    binaryCrossEntropy: '二値交差エントロピー',
    crossEntropy: '交差エントロピー',
  },
  inspector: {
    title: 'インスペクター',
    name: '名前',
    formula: '数式',
    whatItComputes: '何を計算するか',
    summary: '出力の形状 {{shape}} · 学習するパラメータ {{count, number}}',
    unknownShape: '不明',
    useBias: 'ユニットごとにバイアスを使う',
    dropoutRate: 'ドロップアウト率: {{rate}}',
    noSettings: 'この層には固有の設定がありません。',
    manySelected: '{{count}} 個のノードが選択されています。編集するには1つだけ選んでください。',
    noneSelected: 'ノードを選ぶと、その設定を見て編集できます。',
  },
  health: {
    title: 'ネットワークの健康状態',
    subtitle: 'なぜ学習が進まないのか？',
    none: 'ネットワークを学習させると、層ごと・エポックごとに、勾配の大きさ、死んだユニットや飽和したユニットの割合、重みの大きさが表示されます。',
    fromSaved: 'プロジェクトに保存された {{run}} の値です。',
    gradientNorm: '層ごとの勾配ノルム',
    gradientNormLabel: 'グラフ: {{count}} エポックにわたる各層の勾配ノルム（対数目盛）',
    gradientNote:
      '各エポックのバッチごとの勾配の大きさの二乗平均平方根 (RMS) です。最初の層の値が最後の層よりずっと小さいと、その層はほとんど学習しません（勾配消失）。',
    units: '死んだユニットと飽和したユニット',
    unitsLabel:
      'グラフ: {{count}} エポックにわたる、層ごとの死んだ ReLU ユニットの割合と、飽和した sigmoid/tanh の出力の割合',
    weightScale: '層ごとの重みの大きさ',
    weightScaleLabel: 'グラフ: {{count}} エポックにわたる各層の重みの二乗平均平方根',
    dead: '{{layer}} 死んだ割合',
    saturated: '{{layer}} 飽和の割合',
    tableCaption: 'エポック {{epoch}} の層ごとの値',
    layer: '層',
    gradient: '勾配ノルム',
    deadShare: '死んだ ReLU',
    saturatedShare: '飽和',
    weightRms: '重みの RMS',
    weightRange: '重みの最小 … 最大',
    diagnosesTitle: '数値から読み取れること',
    allClear: 'エポック {{epoch}} では、はっきりした問題の兆候はありません。',
    select: '{{layer}} を選択',
    diagnosis: {
      deadRelu:
        '層 {{layer}}: ReLU の {{percent}}% が、どのサンプルに対しても 0 を出力していて、もう学習しません。学習率を下げるか、Leaky ReLU を試してください。',
      saturated:
        '層 {{layer}}: 出力の {{percent}}% が sigmoid や tanh の平らな部分にあり、勾配がほとんど伝わりません。学習率を下げるか、入力を標準化するか、ReLU を試してください。',
      vanishingGradientSquashing:
        '最初の層（{{layer}}）の勾配ノルムは、最後の層（{{last}}）の {{ratio}}% しかありません。勾配は逆伝播で sigmoid や tanh の層を通るたびに小さくなるので、前のほうの層はほとんど学習しません（勾配消失）。ReLU を試すか、層を減らしてください。',
      vanishingGradient:
        '最初の層（{{layer}}）の勾配ノルムは、最後の層（{{last}}）の {{ratio}}% しかなく、前のほうの層はほとんど学習しません（勾配消失）。層を減らすか、スキップ接続（Add）を試してください。',
      explodingGradient:
        '最初の層（{{layer}}）の勾配ノルムは、最後の層（{{last}}）の {{ratio}}% もあります。勾配は逆伝播の途中で大きくなり、前のほうの層が大きすぎる一歩を踏みます（勾配爆発）。学習率を下げるか、層を減らしてください。',
    },
  },
  cli: {
    notCompiled: '{{file}}: グラフをコンパイルできませんでした。',
    moreProblems:
      '{{file}}: 問題は全部で {{total}} 件です。最初の {{shown}} 件より後の {{rest}} 件は表示していません。すべて表示するには --all を付けて実行し直してください。',
  },
};
