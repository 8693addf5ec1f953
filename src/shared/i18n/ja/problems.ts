/**
 * Japanese: the engine's and the project format's problems, file-system errors and schema checks, lists. One part of
 * the catalogue; ja/index.ts joins them.
 */
import type { Catalogue } from '../catalogue';

export const jaProblems: Pick<Catalogue, 'problems' | 'fs' | 'schema' | 'migrationFailure' | 'lists'> = {
  problems: {
    'text-not-utf8':
      '{{file}} の {{line}} 行 {{column}} 列にあるバイト {{byte}} は、UTF-8 として正しくありません。ファイルを保存したときの文字コードを選ぶか、UTF-8 で保存し直してください。',
    'text-not-encoding':
      '{{file}} は正しい {{encoding}} のテキストではありません。ファイルを保存したときの文字コードを選ぶか、UTF-8 で保存し直してください。',
    'text-unknown-encoding':
      '{{file}} は Layerwise が読める文字コードではありません。{{guess}}のようです。UTF-8 で保存し直してください（Layerwise は BOM 付きの UTF-16 と Shift-JIS も読めます）。',
    'text-unknown-encoding_at':
      '{{file}} は Layerwise が読める文字コードではありません。{{guess}}のようです（{{line}} 行 {{column}} 列がバイト {{byte}}）。UTF-8 で保存し直してください（Layerwise は BOM 付きの UTF-16 と Shift-JIS も読めます）。',
    'project-syntax':
      '{{file}} は正しい JSON ではありません（{{line}} 行 {{column}} 列）: {{reason}}。エディタでその場所を直すか、プロジェクトのバックアップを開いてください。',
    'project-too-deep':
      '{{file}} は {{line}} 行 {{column}} 列で {{depth}} 段より深く入れ子になっています。プロジェクトファイルとしては深すぎます（Layerwise で保存し直せません）。エディタで深く入れ子になった項目を削除してください。',
    'project-too-large':
      '{{file}} は {{size}} で、プロジェクトファイルの上限 {{limit}}（{{bytes, number}} バイト）より大きいため、開きませんでした。これほど大きなファイルには、重み付きの保存済みの学習や埋め込まれたデータセットがたくさん入っていることがふつうです。コピーをテキストエディタで開いて古い学習を削除するか、CSV を別のファイルにしてください。',
    'project-not-project_list':
      '{{file}} は Layerwise のプロジェクトではありません: プロジェクトのオブジェクトではなく、{{length}} 個の要素のリストが入っています。Layerwise で保存した .nnproj ファイルを開いてください。',
    'project-not-project_emptyList':
      '{{file}} は Layerwise のプロジェクトではありません: プロジェクトのオブジェクトではなく、空のリストが入っています。Layerwise で保存した .nnproj ファイルを開いてください。',
    'project-not-project_value':
      '{{file}} は Layerwise のプロジェクトではありません: プロジェクトのオブジェクトではなく {{value}} が入っています。Layerwise で保存した .nnproj ファイルを開いてください。',
    'project-not-project_noFormat':
      '{{file}} は Layerwise のプロジェクトではありません: "format": "{{format}}" の項目がないので、おそらく別のプログラムで作られたファイルです。Layerwise で保存した .nnproj ファイルを開いてください。',
    'project-not-project_wrongFormat':
      '{{file}} は Layerwise のプロジェクトではありません: "format" が "{{format}}" ではなく {{value}} です。Layerwise で保存した .nnproj ファイルを開いてください。',
    'project-too-new':
      '{{file}} は新しいバージョンの Layerwise で作られています（ファイル形式のバージョン {{version}}）。このバージョンが読めるのは {{supported}} までです。開くには Layerwise を更新してください。',
    'project-migration-failed':
      '{{file}} はファイル形式のバージョン {{from}} で、バージョン {{to}} に更新できませんでした: {{reason}}。ファイルそのものは変更していません。ファイルを添えて報告してください。',
    'migration-iris-samples':
      'データセットは 150 個のアヤメのうち {{samples}} 個を使っていました（dataset.samples）。このバージョンでは常に 150 個すべてを使います。',
    'migration-csv-samples':
      'データセットは CSV の {{samples}} 行までに制限されていました（dataset.samples）。このバージョンでは常にすべての行を使うので、使える行がそれより多い CSV では、そのすべての行で学習します。',
    'loss-unusual_sigmoid':
      '{{nodeDesc}}は {{classes}} クラスの分類で sigmoid と平均二乗誤差を使っています。学習はできますが、sigmoid と二値交差エントロピーのほうがふつうは速く学習します。sigmoid が自信をもって間違えると、二乗誤差の勾配が消えてしまうからです。',
    'loss-unusual_softmax':
      '{{nodeDesc}}は {{classes}} クラスの分類で softmax と平均二乗誤差を使っています。学習はできますが、softmax と交差エントロピーのほうがふつうは速く学習します。正しいクラスの確率が小さいあいだ、その勾配は大きいままだからです。',
    'loss-unusual_linear':
      '{{nodeDesc}}は {{classes}} クラスの分類で、one-hot のクラスの目標に linear と平均二乗誤差を使っています。学習はできますが、softmax と交差エントロピーのほうがふつうはうまくいきます。出力をクラスの確率に変え、自信をもった間違いをいちばん強く罰するからです。',
    'run-completed_one': '{{count}} エポック学習しました。',
    'run-completed_other': '{{count}} エポック学習しました。',
    'fs-disk-full':
      '{{failed}}。ディスクがいっぱいです。ディスクの空き容量を増やしてから、もう一度試してください。{{kept}}',
    'fs-permission':
      '{{failed}}。「{{folder}}」にアクセスする権限がありません。別のフォルダを選ぶか、ファイルのアクセス権を確かめてください。{{kept}}',
    'fs-read-only':
      '{{failed}}。「{{folder}}」は読み取り専用のディスクにあります。別のフォルダを選んでください。{{kept}}',
    'fs-missing': '{{failed}}。ファイルが「{{folder}}」にもうありません。移動または削除された可能性があります。',
    'fs-missing_save':
      '{{failed}}。フォルダ「{{folder}}」がもうありません。「名前を付けて保存」で別のフォルダを選んでください。',
    'fs-folder': '{{failed}}。これはフォルダで、プロジェクトファイルではありません。',
    'fs-not-regular':
      '{{failed}}。通常のファイルではない（デバイス、名前付きパイプ、ソケットのどれか）ため、Layerwise は置き換えません。「名前を付けて保存」でファイルを選んでください。',
    'fs-busy': '{{failed}}。ほかのプログラムが使用中です。そのプログラムを閉じてから、もう一度試してください。{{kept}}',
    'fs-name-too-long': '{{failed}}。パスが長すぎます。もっと短い名前かフォルダを選んでください。{{kept}}',
    'fs-other': '{{failed}}: {{detail}}。{{kept}}',
    'fs-not-file': '{{failed}}。フォルダかデバイスで、プロジェクトファイルではありません。',
    'fs-not-utf8':
      '{{failed}}。テキストファイルではありません（UTF-8 でないバイトが含まれています）。Layerwise のプロジェクトは JSON のテキストです。',
    'project-more-problems': '…ほかに同じ種類の問題が {{count}} 件あります。',
    'open-not-recent':
      '「{{file}}」は「最近使ったファイル」にないため、Layerwise は開きませんでした。「ファイル › 開く…」で選んでください。',
    'save-not-granted':
      '「{{file}}」はこのウィンドウで開いたり選んだりしたファイルではないため、Layerwise は保存しませんでした。「ファイル › 名前を付けて保存…」で保存先を選んでください。',
    'backup-gone': 'その保存していない作業はもうありません。バックアップが削除されたか、壊れています。',
    'backup-in-use': 'その保存していない作業は、まだ開いているウィンドウのものです。',
    'recent-removed':
      '{{names}} は {{path}} にもうないため、「最近使ったファイル」から外しました。移動、名前の変更、削除のどれかがされた可能性があります。',
    'recent-removed_several':
      '{{names}} はもとの場所にもうないため、「最近使ったファイル」から外しました。移動、名前の変更、削除のどれかがされた可能性があります。',
    'browser-recent-gone':
      'その最近使ったファイルは、このブラウザにはもう保存されていません。「開く…」でもう一度選んでください。',
    'browser-backup-gone': 'その保存していない作業はもうありません。バックアップが削除されました。',
    'csv-not-chosen': '自分のデータを使うには、CSV ファイルを選んでください。',
    'browser-storage-refused':
      'ブラウザが Layerwise のデータを保存できませんでした（{{name}}）。このサイトの保存領域がいっぱいかもしれません。',
    'link-not-https': 'Layerwise が開くのは https のリンクだけです。「{{url}}」は開きませんでした。',
    'link-not-https_browser': 'Layerwise がブラウザで開くのは https のリンクだけです。「{{url}}」は開きませんでした。',
    'download-unsupported': '{{file}} を保存できません: このウィンドウはダウンロードに対応していません。',
    'run-no-epochs': '学習するものがありません: エポック数が 0 です。',
    'run-not-started': '学習が始まる前に停止しました。',
    'variant-not-started': '始まる前に停止しました。',
    'run-early-stop_validation':
      'エポック {{epoch}} で早期終了しました: 検証損失が {{patience}} エポックのあいだ改善しませんでした。エポック {{bestEpoch}} の重みに戻しました（検証損失 {{bestLoss}}）。',
    'run-early-stop_training':
      'エポック {{epoch}} で早期終了しました: 訓練損失が {{patience}} エポックのあいだ改善しませんでした。エポック {{bestEpoch}} の重みに戻しました（訓練損失 {{bestLoss}}）。',
    'run-stopped_afterEpoch': 'エポック {{epoch}} のあとで学習を停止しました。',
    'run-stopped_duringEpoch':
      'エポック {{epoch}} の途中（{{batches}} バッチ中 {{batch}} バッチのあと）で学習を停止しました。',
    'run-diverged_batchNaN':
      'エポック {{epoch}}、バッチ {{batch}} で学習が発散しました: 損失が NaN になりました。学習率を 10 分の 1（{{rate}}）にしてみてください。損失が有限だった最後のステップの重みを残しています。',
    'run-diverged_batchInfinite':
      'エポック {{epoch}}、バッチ {{batch}} で学習が発散しました: 損失が無限大になりました。学習率を 10 分の 1（{{rate}}）にしてみてください。損失が有限だった最後のステップの重みを残しています。',
    'run-diverged_epochEndNaN':
      'エポック {{epoch}} の終わりに学習が発散しました: 損失が NaN になりました。学習率を 10 分の 1（{{rate}}）にしてみてください。損失が有限だった最後のステップの重みを残しています。',
    'run-diverged_epochEndInfinite':
      'エポック {{epoch}} の終わりに学習が発散しました: 損失が無限大になりました。学習率を 10 分の 1（{{rate}}）にしてみてください。損失が有限だった最後のステップの重みを残しています。',
    'csv-bad-delimiter': 'CSV の区切り文字は、引用符と改行以外の 1 文字にしてください（指定は {{delimiter}}）。',
    'csv-unclosed-quote':
      '{{line}} 行目: 引用符で囲まれた値がここで始まっていますが、閉じる引用符がないため、ファイルの残りがすべて 1 つの値になってしまいます。引用符を閉じてください（値の中の引用符は "" と書きます）。',
    'csv-empty': 'CSV が空です。列の名前を並べた見出しの行が必要です。',
    'csv-too-few-columns_one': 'CSV に列が 1 つしかありません。特徴量の列が少なくとも 1 つと、目的変数の列が必要です。',
    'csv-too-few-columns_none': 'CSV に列がありません。特徴量の列が少なくとも 1 つと、目的変数の列が必要です。',
    'csv-no-column_target': 'CSV に列「{{column}}」（目的変数として選択）がありません。CSV の列: {{columns}}。',
    'csv-no-column_feature': 'CSV に列「{{column}}」（特徴量として選択）がありません。CSV の列: {{columns}}。',
    'csv-duplicate-column_target':
      'CSV に「{{column}}」という名前の列が複数あるため、どれを目的変数にするか決められません。見出しの行でどれかの名前を変えてください。',
    'csv-duplicate-column_feature':
      'CSV に「{{column}}」という名前の列が複数あるため、どれを特徴量にするか決められません。見出しの行でどれかの名前を変えてください。',
    'csv-no-features': 'CSV のデータセットには、特徴量の列を少なくとも 1 つ選んでください。',
    'csv-feature-is-target':
      '列「{{column}}」が特徴量と目的変数の両方に選ばれています。1 つの列はどちらか一方にしかできません。',
    'csv-too-many-classes':
      '目的変数の列「{{column}}」には {{count}} 種類の値があり、クラスが多すぎます（最大 {{max}}）。別の目的変数の列を選ぶか、測定値の列なら回帰のタスクを選んでください。',
    'csv-one-class':
      '目的変数の列「{{column}}」の値が 1 種類（{{value}}）しかありません。分類には少なくとも 2 つのクラスが必要です。',
    'csv-not-loaded':
      'CSV ファイル「{{path}}」を読み込めませんでした。プロジェクトファイルと同じ場所にあるか確かめるか、データをプロジェクトに埋め込んでください。',
    'csv-no-data': 'CSV のデータセットにデータがありません。CSV ファイルを選んでください。',
    'csv-no-usable-rows_none': 'CSV に使える行がありません。',
    'csv-no-usable-rows_rows': 'CSV に使える行がありません: {{rows}}',
    'csv-no-usable-rows_more': 'CSV に使える行がありません: {{rows}}。ほかに {{more}} 行',
    'mnist-too-short':
      'MNIST ファイルが短すぎて（{{bytes}} バイト）、{{header}} バイトのヘッダーが入りません。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-not-mnist':
      'Layerwise の MNIST ファイルではありません: 先頭が "{{magic}}" のはずです。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-bad-header':
      'MNIST ファイルのヘッダーが壊れています（{{rows}}×{{cols}} ピクセルの画像が {{count}} 枚）。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-wrong-size_truncated':
      'MNIST ファイルが途中で切れています: {{rows}}×{{cols}} ピクセルの画像 {{count}} 枚には {{expected}} バイト必要ですが、{{bytes}} バイトしかありません。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-wrong-size_long':
      'MNIST ファイルがヘッダーの示す長さより長くなっています: {{rows}}×{{cols}} ピクセルの画像 {{count}} 枚には {{expected}} バイト必要ですが、{{bytes}} バイトあります。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-bad-label':
      'MNIST ファイルのラベル {{index}} が {{label}} で、0〜9 の数字ではありません。`node scripts/build-mnist.mjs --force` で作り直してください。',
    'mnist-not-loaded':
      'MNIST の手書き数字が読み込まれていないため、mnist のデータセットを作れません（数字のファイルがない場合は `node scripts/build-mnist.mjs` を実行してください）。',
    'dataset-unknown-kind': 'データセットの種類「{{kind}}」は知りません。使える種類: {{kinds}}。',
    'dataset-bad-seed': 'データセット「{{kind}}」: シードは数値にしてください（指定は {{value}}）。',
    'dataset-bad-samples':
      'データセット「{{kind}}」: サンプル数は 1〜{{max}} の整数にしてください（指定は {{value}}）。',
    'dataset-bad-samples_digits':
      'データセット「{{kind}}」: サンプル数は 1 以上の整数（数字の枚数）にしてください（指定は {{value}}）。',
    'dataset-bad-noise': 'データセット「{{kind}}」: ノイズは 0〜1 の割合にしてください（指定は {{value}}）。',
    'dataset-bad-classes':
      'データセット「{{kind}}」: クラス数は {{min}}〜{{max}} の整数にしてください（指定は {{value}}）。',
    'dataset-bad-split': '検証データの割合は 0〜{{max}} にしてください（指定は {{value}}）。',
    'dataset-no-rows': 'データセット「{{name}}」には、訓練用と検証用に分ける行がありません。',
    'dataset-no-training-rows': '「{{name}}」を標準化できません: 訓練用の行がありません。',
    'csv-row-width_one': '列が {{count}} 個ありますが、見出しの行は {{width}} 列です',
    'csv-row-width_other': '列が {{count}} 個ありますが、見出しの行は {{width}} 列です',
    'csv-cell_empty': '列「{{column}}」が空です',
    'csv-cell_range': '列「{{column}}」は {{value}} で、32 ビット浮動小数点数の範囲（±3.4e38）を超えています',
    'csv-cell_notDecimal':
      '列「{{column}}」は {{value}} で、10 進数の書き方ではありません（{{written}} と書いてください）',
    'csv-cell_notNumber': '列「{{column}}」は {{value}} で、数値ではありません',
    'csv-target-empty': '目的変数の列「{{column}}」が空です',
    'csv-target-number_empty': '目的変数の列「{{column}}」が空です（タスクは回帰です）',
    'csv-target-number_range':
      '目的変数の列「{{column}}」は {{value}} で、32 ビット浮動小数点数の範囲（±3.4e38）を超えています（タスクは回帰です）',
    'csv-target-number_notDecimal':
      '目的変数の列「{{column}}」は {{value}} で、10 進数の書き方ではありません（{{written}} と書いてください。タスクは回帰です）',
    'csv-target-number_notNumber': '目的変数の列「{{column}}」は {{value}} で、数値ではありません（タスクは回帰です）',
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
    'schema-int-range': '{{min}} から {{max}} までの整数にしてください',
    'schema-number-range': '{{min}} から {{max}} までの数値にしてください',
    'schema-positive-up-to': '0 より大きく {{max}} 以下の数値にしてください',
    'schema-positive': '0 より大きい数値にしてください',
    'schema-at-least-zero': '0 以上の数値にしてください',
    'schema-loss-value': '0 以上の数値にしてください（有限の値でなかったときは null）',
    'schema-milliseconds': '0 以上のミリ秒の数値にしてください',
    'schema-whole-number': '{{min}} 以上の整数にしてください',
    'schema-whole-epochs': '0 以上の整数（エポック数）にしてください',
    'schema-one-of': '{{values}} のどれかにしてください',
    'schema-literal': '"{{value}}" にしてください',
    'schema-text': 'テキスト（引用符で囲んだ文字列）にしてください',
    'schema-non-empty-text': '空でないテキストにしてください',
    'schema-flag': 'true か false にしてください',
    'schema-true': 'true にしてください',
    'schema-object': 'オブジェクト（{ … }）にしてください',
    'schema-list': 'リスト（[ … ]）にしてください',
    'schema-number': '数値にしてください',
    'schema-type': '{{type}} 型の値にしてください',
    'schema-key': 'ここでは使えないキーがあります',
    'schema-invalid': 'ここでは正しくない値です',
    'schema-duplicate-id_node': 'ID「{{id}}」は前のノードと同じです。ノードごとに別の ID を付けてください',
    'schema-duplicate-id_edge': 'ID「{{id}}」は前の接続と同じです。接続ごとに別の ID を付けてください',
    'schema-duplicate-id_entry': 'ID「{{id}}」は前の項目と同じです。ID は重複できません',
    'schema-duplicate-id_step': 'ID「{{id}}」は前のステップと同じです。ID は重複できません',
    'schema-unknown-node': 'ノード「{{id}}」を指していますが、このグラフのノードにはありません',
    'schema-dataset-field_a':
      '"{{kind}}" のデータセットでは使わない項目です。このデータセットが使うのは {{fields}}（ほかに共通の {{shared}}）です。削除してください',
    'schema-dataset-field_an':
      '"{{kind}}" のデータセットでは使わない項目です。このデータセットが使うのは {{fields}}（ほかに共通の {{shared}}）です。削除してください',
    'schema-dataset-field_aOnly':
      '"{{kind}}" のデータセットでは使わない項目です。このデータセットが使うのは共通の {{shared}} だけです。削除してください',
    'schema-dataset-field_anOnly':
      '"{{kind}}" のデータセットでは使わない項目です。このデータセットが使うのは共通の {{shared}} だけです。削除してください',
    'schema-path-absolute': 'プロジェクトファイルからの相対パスにしてください（絶対パスや URL は使えません）',
    'schema-path-nul': 'NUL 文字を含めないでください',
    'schema-path-outside':
      'プロジェクトのフォルダーの中を指してください（".." でフォルダーの外に出ています）。CSV をプロジェクトファイルと同じフォルダーにコピーしてください',
    'schema-path-folder': 'フォルダーそのものではなく、プロジェクトのフォルダーの中のファイルを指してください',
    'schema-dimensions': '次元が {{max}} 個以下のリストにしてください',
    'schema-base64-text': 'リトルエンディアンの float32 の値を base64 にしたテキストにしてください',
    'schema-weights-object': 'ノード ID ごとの重みのオブジェクトにしてください',
    'schema-iso-time': '"2025-01-31T09:30:00.000Z" のような ISO 8601 形式の日時にしてください',
    'schema-feature-names': '特徴量の名前を 1 つ以上並べてください',
    'schema-per-feature': '{{features}} 個の特徴量に対して数値が {{count}} 個あります。特徴量ごとに 1 つ必要です',
    'schema-tensor-bytes':
      '{{bytes}} バイトありますが、形状 [{{shape}}] には float32 の値が {{size}} 個（{{sizeBytes}} バイト）必要です',
    'schema-tensor-finite': 'インデックス {{index}} の値が {{value}} です。重みは有限の数値でなければなりません',
    'schema-base64-length': '正しい base64 ではありません: 長さ（{{textLength}}）が 4 の倍数ではありません',
    'schema-base64-char': '正しい base64 ではありません: {{position}} 文字目が {{char}} です',
    'schema-base64-bits': '正しい base64 ではありません: 最後の文字に余分なビットが立っています',
    'schema-lesson-steps': 'ステップを 1 つ以上並べてください',
    'schema-lesson-step': '{{step}} ですが、このレッスンのステップは {{steps}} 個です（0 から数えます）',
    'schema-check-object':
      '{ "metric": "valAccuracy", "op": ">=", "value": 0.9 } のようなチェックのオブジェクトにしてください',
    'schema-check-kind': '{{kinds}} のうち、ちょうど 1 つを書いてください（実際は {{present}}）',
    'schema-check-kind_none': '{{kinds}} のうち、ちょうど 1 つを書いてください（実際はどれもありません）',
    'schema-check-key': '"{{kind}}" のチェックの項目ではありません（使えるのは {{keys}}）',
    'schema-check-key_nothing': '"{{kind}}" のチェックの項目ではありません（ほかに使える項目はありません）',
    'schema-check-list': '空でないチェックのリストにしてください',
    'schema-check-depth': 'チェックの入れ子が {{depth}} 段より深くなっています',
    'schema-node-id': 'ノードの ID（空でないテキスト）にしてください',
  },
  fs: {
    failed: {
      save: '「{{file}}」を保存できませんでした',
      open: '「{{file}}」を開けませんでした',
      read: '「{{file}}」を読み込めませんでした',
      delete: '「{{file}}」を削除できませんでした',
    },
    failedIn: {
      save: '「{{folder}}」の「{{file}}」を保存できませんでした',
      open: '「{{folder}}」の「{{file}}」を開けませんでした',
      read: '「{{folder}}」の「{{file}}」を読み込めませんでした',
      delete: '「{{folder}}」の「{{file}}」を削除できませんでした',
    },
    kept: '前の版のファイルは変わっていません。',
  },
  schema: {
    at: '{{file}}: {{where}}: {{problem}}{{note}}。',
    top: '{{file}}: {{problem}}{{note}}。',
    owner: {
      node: '{{path}}（ノード {{id}}）',
      edge: '{{path}}（接続 {{id}}）',
      run: '{{path}}（学習 {{id}}）',
      comparison: '{{path}}（比較 {{id}}）',
    },
    missing: 'この項目がありません（{{issue}}）',
    found: {
      value: '（実際の値: {{value}}）',
      emptyList: '（実際は空のリスト）',
      list: '（実際は要素 {{length}} 個のリスト）',
      object: '（実際はオブジェクト）',
    },
    note: '（ファイルをバージョン {{from}} から変換したあとで確認しました）',
  },
  migrationFailure: {
    order:
      '更新の手順の順番が正しくありません（手順 {{index}} が読むのはバージョン {{reads}} で、{{version}} ではありません）',
    notObject: '手順「{{step}}」がプロジェクトのオブジェクトを返しませんでした',
    threw: '手順「{{step}}」が失敗しました: {{detail}}',
  },
  lists: { comma: '、', and: '{{init}}、{{last}}', or: '{{first}} または {{second}}' },
};
