/**
 * The standard Japanese terms of the field, one per concept, that the Japanese catalogue uses consistently.
 * A unit test (tests/unit/i18n/glossary.test.ts) checks every pair of sentences: when the English contains a
 * term's English (whole words, any case), the Japanese must contain its Japanese.
 */
export interface GlossaryEntry {
  /** How the term appears in English sentences (matched as whole words, case-insensitively). */
  en: string;
  ja: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'forward pass', ja: '順伝播' },
  { en: 'forward propagation', ja: '順伝播' },
  { en: 'backward pass', ja: '逆伝播' },
  { en: 'backpropagation', ja: '逆伝播' },
  { en: 'activation function', ja: '活性化関数' },
  { en: 'loss function', ja: '損失関数' },
  { en: 'mean squared error', ja: '平均二乗誤差' },
  { en: 'binary cross-entropy', ja: '二値交差エントロピー' },
  { en: 'cross-entropy', ja: '交差エントロピー' },
  { en: 'learning rate', ja: '学習率' },
  { en: 'stochastic gradient descent', ja: '確率的勾配降下法' },
  { en: 'gradient descent', ja: '勾配降下法' },
  { en: 'epoch', ja: 'エポック' },
  { en: 'epochs', ja: 'エポック' },
  { en: 'batch size', ja: 'バッチサイズ' },
  { en: 'hidden layer', ja: '隠れ層' },
  { en: 'hidden layers', ja: '隠れ層' },
  { en: 'input layer', ja: '入力層' },
  { en: 'output layer', ja: '出力層' },
  { en: 'overfitting', ja: '過学習' },
  { en: 'validation loss', ja: '検証損失' },
  { en: 'training loss', ja: '訓練損失' },
  { en: 'decision boundary', ja: '決定境界' },
  { en: 'weights', ja: '重み' },
  { en: 'bias', ja: 'バイアス' },
  { en: 'optimizer', ja: '最適化手法' },
  { en: 'regression', ja: '回帰' },
  { en: 'classification', ja: '分類' },
  { en: 'confusion matrix', ja: '混同行列' },
  { en: 'accuracy', ja: '正解率' },
  { en: 'dropout', ja: 'ドロップアウト' },
  { en: 'units', ja: 'ユニット' },
  { en: 'dataset', ja: 'データセット' },
  { en: 'parameters', ja: 'パラメータ' },
];

/** A term the lessons link to, with a short definition in both languages (the Lessons panel's side panel). */
export interface GlossaryDefinition {
  id: string;
  term: { en: string; ja: string };
  definition: { en: string; ja: string };
}

const def = (id: string, en: string, ja: string, defEn: string, defJa: string): GlossaryDefinition => ({
  id,
  term: { en, ja },
  definition: { en: defEn, ja: defJa },
});

export const GLOSSARY_DEFINITIONS: readonly GlossaryDefinition[] = [
  def(
    'neuron',
    'Neuron',
    'ニューロン',
    'A unit that multiplies each input by a weight, adds them and a bias (z = Σwx + b), and passes z through an activation function.',
    '入力それぞれに重みを掛けて足し、バイアスを加え(z = Σwx + b)、その z を活性化関数に通す計算の単位です。',
  ),
  def(
    'perceptron',
    'Perceptron',
    'パーセプトロン',
    'A network with no hidden layer: one neuron from the inputs to the output. Its decision boundary is always a straight line.',
    '隠れ層のないネットワークで、入力から出力まで1つのニューロンだけです。決定境界は必ず直線になります。',
  ),
  def(
    'weights',
    'Weights',
    '重み',
    'The numbers a neuron multiplies its inputs by. Training adjusts them; a large weight means the input matters a lot.',
    'ニューロンが入力に掛ける数です。学習で調整され、大きい重みはその入力が強く効くことを表します。',
  ),
  def(
    'bias',
    'Bias',
    'バイアス',
    'The number a neuron adds after the weighted sum. It shifts the boundary without turning it.',
    '重み付きの和のあとにニューロンが足す数です。境界を回さずに平行に動かします。',
  ),
  def(
    'activation-function',
    'Activation function',
    '活性化関数',
    'The function applied to z. Without a non-linear one, any stack of layers is still one straight line.',
    'z に適用する関数です。非線形の関数がないと、層をいくつ重ねても直線のままです。',
  ),
  def(
    'sigmoid',
    'Sigmoid',
    'シグモイド',
    'σ(z) = 1 / (1 + e^−z): squashes any number into 0…1, read as a probability in binary classification.',
    'σ(z) = 1 / (1 + e^−z)。どんな数も 0〜1 に押し込むので、二値の分類では確率として読めます。',
  ),
  def(
    'tanh',
    'tanh',
    'tanh',
    'The hyperbolic tangent: like the sigmoid but from −1 to 1 and centred on 0.',
    '双曲線正接です。シグモイドに似ていますが、−1〜1 の範囲で 0 が中心です。',
  ),
  def(
    'relu',
    'ReLU',
    'ReLU',
    'max(0, z): passes positive values, cuts negative ones to 0. Cheap and the usual choice for hidden layers.',
    'max(0, z)。正の値はそのまま、負の値は 0 にします。計算が軽く、隠れ層でよく使われます。',
  ),
  def(
    'leaky-relu',
    'Leaky ReLU',
    'Leaky ReLU',
    'Like ReLU, but negative values keep a small slope (0.01·z), so a unit never goes completely silent.',
    'ReLU に似ていますが、負の値にも小さな傾き(0.01·z)を残すので、ユニットが完全に止まりません。',
  ),
  def(
    'linear',
    'Linear',
    'linear(恒等関数)',
    'f(z) = z: changes nothing. Used on the output of a regression.',
    'f(z) = z。何も変えません。回帰の出力で使います。',
  ),
  def(
    'softmax',
    'Softmax',
    'ソフトマックス',
    'Turns a layer’s outputs into probabilities that add up to 1, one per class.',
    '層の出力を、合計が 1 になるクラスごとの確率に変えます。',
  ),
  def(
    'input-layer',
    'Input layer',
    '入力層',
    'Where the data enters: one value per feature, nothing computed.',
    'データが入る所です。特徴量ごとに1つの値があり、計算はしません。',
  ),
  def(
    'hidden-layer',
    'Hidden layer',
    '隠れ層',
    'A layer between input and output. Its units find intermediate features that the next layer combines.',
    '入力と出力の間の層です。そのユニットが途中の特徴を見つけ、次の層がそれを組み合わせます。',
  ),
  def(
    'output-layer',
    'Output layer',
    '出力層',
    'The last layer: it gives the prediction, with an activation and a loss function that fit the task.',
    '最後の層で予測を出します。タスクに合った活性化関数と損失関数を使います。',
  ),
  def(
    'units',
    'Units',
    'ユニット',
    'The neurons of a layer. More units can draw a more detailed shape.',
    '層の中のニューロンです。ユニットが多いほど細かい形を描けます。',
  ),
  def(
    'forward-propagation',
    'Forward propagation',
    '順伝播',
    'Computing the prediction: each layer takes the previous layer’s outputs, computes z = Wx + b and a = f(z).',
    '予測を計算することです。各層が前の層の出力を受け取り、z = Wx + b と a = f(z) を計算します。',
  ),
  def(
    'loss-function',
    'Loss function',
    '損失関数',
    'One number that says how wrong the predictions are. Training tries to make it small.',
    '予測がどれだけ外れているかを表す1つの数です。学習はこれを小さくしようとします。',
  ),
  def(
    'mse',
    'Mean squared error',
    '平均二乗誤差',
    'The average of (prediction − target)². The usual loss function for regression.',
    '(予測 − 正解)² の平均です。回帰でふつう使う損失関数です。',
  ),
  def(
    'cross-entropy',
    'Cross-entropy',
    '交差エントロピー',
    '−log of the probability given to the right class: a confident wrong answer costs a lot. The usual loss function for classification.',
    '正しいクラスに付けた確率の −log です。自信のある誤りほど大きな損失になります。分類でふつう使う損失関数です。',
  ),
  def(
    'classification',
    'Classification',
    '分類',
    'Predicting which class a sample belongs to. Measured by accuracy.',
    'サンプルがどのクラスに属するかを予測することです。正解率で測ります。',
  ),
  def(
    'regression',
    'Regression',
    '回帰',
    'Predicting a number, such as a point on a curve.',
    '曲線上の値のような、数そのものを予測することです。',
  ),
  def(
    'decision-boundary',
    'Decision boundary',
    '決定境界',
    'The line or curve where the prediction switches from one class to the other.',
    '予測があるクラスから別のクラスへ切り替わる線や曲線です。',
  ),
  def(
    'accuracy',
    'Accuracy',
    '正解率',
    'The share of samples whose class is predicted correctly.',
    'クラスを正しく予測できたサンプルの割合です。',
  ),
  def(
    'backpropagation',
    'Backpropagation',
    '逆伝播',
    'Computing every weight’s gradient by sending the error from the output back through the layers with the chain rule.',
    '出力の誤差を連鎖律で層を逆向きに送り、すべての重みの勾配を計算することです。',
  ),
  def(
    'chain-rule',
    'Chain rule',
    '連鎖律',
    'The rule for the derivative of a function of a function: multiply the derivatives along the way.',
    '関数の中の関数を微分する規則です。途中の微分を掛け合わせます。',
  ),
  def(
    'gradient',
    'Gradient',
    '勾配',
    '∂L/∂w: how much the loss changes when a weight moves a little. Training moves the weight against it.',
    '∂L/∂w。重みを少し動かしたときに損失がどれだけ変わるかです。学習は重みをその逆向きに動かします。',
  ),
  def(
    'learning-rate',
    'Learning rate',
    '学習率',
    'How far one update moves the weights: new weight = old weight − learning rate × gradient.',
    '1回の更新で重みを動かす大きさです。新しい重み = 古い重み − 学習率 × 勾配。',
  ),
  def(
    'sgd',
    'SGD',
    'SGD(確率的勾配降下法)',
    'Stochastic gradient descent: after each mini-batch, move every weight by −learning rate × gradient.',
    '確率的勾配降下法です。ミニバッチごとに、すべての重みを −学習率 × 勾配 だけ動かします。',
  ),
  def(
    'optimizer',
    'Optimizer',
    '最適化手法',
    'The rule that turns gradients into weight updates: SGD, Momentum, RMSprop, AdaGrad, Adam.',
    '勾配から重みの更新を決める規則です。SGD、Momentum、RMSprop、AdaGrad、Adam など。',
  ),
  def(
    'momentum',
    'Momentum',
    'Momentum',
    'SGD that keeps a running velocity, so steps build up in a steady direction and shake less.',
    '速度をためておく SGD です。同じ向きへの一歩が大きくなり、揺れが減ります。',
  ),
  def(
    'rmsprop',
    'RMSprop',
    'RMSprop',
    'Divides each step by a running average of recent squared gradients, so every weight gets a step size of its own.',
    '最近の勾配の二乗の移動平均で一歩を割るので、重みごとに一歩の大きさが変わります。',
  ),
  def(
    'adagrad',
    'AdaGrad',
    'AdaGrad',
    'Divides each step by all past squared gradients added up: steps shrink for weights that already moved a lot.',
    'これまでの勾配の二乗の合計で一歩を割ります。よく動いた重みほど一歩が小さくなります。',
  ),
  def(
    'adam',
    'Adam',
    'Adam',
    'Momentum and RMSprop together, with a correction for the first steps. A good default.',
    'Momentum と RMSprop を組み合わせ、最初の数歩を補正したものです。まず試すのに向いています。',
  ),
  def(
    'divergence',
    'Divergence',
    '発散',
    'When the loss grows without end (to infinity or NaN), usually because the learning rate is too large.',
    '損失が限りなく大きくなる(無限大や NaN になる)ことです。多くは学習率が大きすぎるのが原因です。',
  ),
  def(
    'epoch',
    'Epoch',
    'エポック',
    'One pass over every training sample. The charts show one point per epoch.',
    '訓練データ全体を1回ずつ使うことです。グラフにはエポックごとに1つの点が表示されます。',
  ),
  def(
    'training-loss',
    'Training loss',
    '訓練損失',
    'The loss on the samples the network learns from.',
    'ネットワークが学習に使うサンプルでの損失です。',
  ),
  def(
    'validation-loss',
    'Validation loss',
    '検証損失',
    'The loss on samples kept aside from training: it shows how well the network does on data it has not seen.',
    '学習に使わずに取っておいたサンプルでの損失です。見たことのないデータでの出来を表します。',
  ),
  def(
    'universal-approximation',
    'Universal approximation theorem',
    '万能近似定理',
    'One hidden layer with enough units can approximate any continuous function as closely as you like.',
    '隠れ層が1つでもユニットが十分あれば、どんな連続関数でも好きなだけ正確に近似できるという定理です。',
  ),
  def(
    'parameters',
    'Parameters',
    'パラメータ',
    'All the weights and biases of a network: what training adjusts.',
    'ネットワークのすべての重みとバイアスで、学習で調整されるものです。',
  ),
  def(
    'depth',
    'Depth',
    '深さ',
    'The number of hidden layers. Deeper networks build complex shapes from simpler pieces with fewer parameters.',
    '隠れ層の数です。深いネットワークは、少ないパラメータで単純な部品から複雑な形を組み立てます。',
  ),
  def(
    'overfitting',
    'Overfitting',
    '過学習',
    'Memorising the training samples, noise included: the training loss falls while the validation loss rises.',
    '訓練サンプルをノイズごと丸暗記してしまうことです。訓練損失は下がるのに、検証損失が上がります。',
  ),
  def(
    'early-stopping',
    'Early stopping',
    '早期終了',
    'Stopping training when the validation loss has not improved for a number of epochs, and keeping the best weights.',
    '検証損失が何エポックも良くならなくなったら学習を止め、いちばん良い重みを残すことです。',
  ),
  def(
    'dropout',
    'Dropout',
    'ドロップアウト',
    'During training, switching off a random share of units each step, so the network cannot rely on any single one.',
    '学習中、毎回ランダムに一部のユニットを止めることです。特定のユニットに頼れなくなります。',
  ),
  def(
    'l2',
    'L2 regularization',
    'L2 正則化',
    'Adding the squared weights to the loss, so training prefers small weights and smoother boundaries.',
    '重みの二乗を損失に足すことです。学習が小さい重みと滑らかな境界を好むようになります。',
  ),
];

const BY_ID = new Map(GLOSSARY_DEFINITIONS.map((d) => [d.id, d]));

/** The entry with this id, or undefined. */
export function glossaryEntry(id: string): GlossaryDefinition | undefined {
  return BY_ID.get(id);
}
