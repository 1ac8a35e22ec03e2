//===----------------------------------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===----------------------------------------------------------------------===//
#include "checks/WeekYearFormatCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::premortem {

namespace {

constexpr int FirstString = -2;
constexpr int BraceFormat = -1;

/// "ns::name" of F, skipping inline namespaces (std::__1, fmt::v10).
std::string plainQualifiedName(const FunctionDecl &F) {
  std::string Name = F.getName().str();
  for (const DeclContext *DC = F.getDeclContext(); DC; DC = DC->getParent()) {
    const auto *NS = dyn_cast<NamespaceDecl>(DC);
    if (!NS)
      continue;
    if (NS->isInline())
      continue;
    Name = NS->getName().str() + "::" + Name;
  }
  return Name;
}

/// A local variable never assigned after its initialization (its address
/// is not taken either): its initializer is its value everywhere.
bool isNeverReassigned(const VarDecl &V, ASTContext &Context) {
  const auto *Function = dyn_cast_or_null<FunctionDecl>(V.getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  auto Ref = declRefExpr(to(varDecl(equalsNode(&V))));
  auto Changes = match(
      stmt(hasDescendant(expr(anyOf(binaryOperator(isAssignmentOperator(), hasLHS(ignoringParenImpCasts(Ref))),
                                    unaryOperator(hasOperatorName("&"), hasUnaryOperand(ignoringParenImpCasts(Ref))))))),
      *Function->getBody(), Context);
  return Changes.empty();
}

/// The string literals E evaluates to: directly, through a format_string or
/// string_view wrapper, a const or never-reassigned variable's initializer,
/// or either branch of a conditional.
void collectLiterals(const Expr *E, ASTContext &Context, unsigned Depth,
                     SmallVectorImpl<const StringLiteral *> &Out) {
  if (!E || Depth > 6)
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return collectLiterals(Cleanups->getSubExpr(), Context, Depth + 1, Out);
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return collectLiterals(Temp->getSubExpr(), Context, Depth + 1, Out);
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return collectLiterals(Bind->getSubExpr(), Context, Depth + 1, Out);
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return collectLiterals(Cast->getSubExpr(), Context, Depth + 1, Out);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() >= 1)
      collectLiterals(Construct->getArg(0), Context, Depth + 1, Out);
    return;
  }
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    Out.push_back(Literal);
    return;
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    collectLiterals(Cond->getTrueExpr(), Context, Depth + 1, Out);
    collectLiterals(Cond->getFalseExpr(), Context, Depth + 1, Out);
    return;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
    if (!V || !V->getAnyInitializer())
      return;
    const VarDecl *Def = V->getDefinition() ? V->getDefinition() : V;
    QualType T = Def->getType();
    bool Constant = T.isConstQualified() || Def->isConstexpr();
    // `const char *fmt = "..."` or `char fmt[] = "..."` in a function.
    bool Local = Def->isLocalVarDecl() && isNeverReassigned(*Def, Context);
    if (Constant || Local)
      collectLiterals(Def->getAnyInitializer(), Context, Depth + 1, Out);
  }
}

bool isStringLike(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return T->getPointeeType().isConstQualified() &&
           T->getPointeeType()->isAnyCharacterType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
  if (const auto *Record = T->getAsCXXRecordDecl()) {
    StringRef Name = Record->getName();
    return Name.contains("format_string") || Name.contains("string_view") ||
           Name == "fstring" || Name == "basic_fstring";
  }
  return false;
}

/// What a format prints, by conversion: the positions of the specifiers.
struct FormatParts {
  std::optional<unsigned> WeekYear;   // %G %g
  std::optional<unsigned> WeekNumber; // %V
  std::optional<unsigned> Year;       // %Y %y %C, or inside %F %D %c %x
  std::optional<unsigned> MonthDay;   // %m %b %B %h %d %e %j, or inside %F ...
  bool ComposedYear = false;          // the year is inside %F, %D, %c or %x
  SmallVector<unsigned, 2> WeekYearAll;
  llvm::DenseMap<unsigned, unsigned> PercentOf; // conversion char -> its '%'

  SmallVector<unsigned, 2> YearAll;
  std::string Text;                   // code units, non-ASCII as '?'
};

/// Reads the conversions in Text[Begin, End): '%', flags, width, E/O, char.
void scanConversions(FormatParts &P, unsigned Begin, unsigned End) {
  const std::string &S = P.Text;
  for (unsigned I = Begin; I < End; ++I) {
    if (S[I] != '%')
      continue;
    unsigned J = I + 1;
    while (J < End && StringRef("_-0^#+").contains(S[J]))
      ++J;
    while (J < End && isDigit(S[J]))
      ++J;
    if (J < End && (S[J] == 'E' || S[J] == 'O'))
      ++J;
    if (J >= End)
      return;
    P.PercentOf[J] = I;
    auto Set = [&](std::optional<unsigned> &Field) {
      if (!Field)
        Field = J;
    };
    switch (S[J]) {
    case 'G':
    case 'g':
      Set(P.WeekYear);
      P.WeekYearAll.push_back(J);
      break;
    case 'V':
      Set(P.WeekNumber);
      break;
    case 'Y':
    case 'y':
    case 'C':
      Set(P.Year);
      P.YearAll.push_back(J);
      break;
    case 'm':
    case 'b':
    case 'B':
    case 'h':
    case 'd':
    case 'e':
    case 'j':
      Set(P.MonthDay);
      break;
    case 'F':
    case 'D':
    case 'c':
    case 'x':
      Set(P.Year);
      Set(P.MonthDay);
      P.ComposedYear = true;
      break;
    default:
      break;
    }
    I = J;
  }
}

/// The spec parts of the replacement fields of a std::format string:
/// "{:%G-%m}" gives "%G-%m"; "{{" is a literal brace.
void scanBraceFields(FormatParts &P) {
  const std::string &S = P.Text;
  for (unsigned I = 0; I < S.size(); ++I) {
    if (S[I] != '{')
      continue;
    if (I + 1 < S.size() && S[I + 1] == '{') {
      ++I;
      continue;
    }
    unsigned Depth = 1, J = I + 1, Colon = 0;
    for (; J < S.size() && Depth; ++J) {
      if (S[J] == '{')
        ++Depth;
      else if (S[J] == '}')
        --Depth;
      else if (S[J] == ':' && Depth == 1 && !Colon)
        Colon = J;
    }
    if (Colon)
      scanConversions(P, Colon + 1, J - 1);
    I = J - 1;
  }
}

std::string spec(const FormatParts &P, unsigned Pos) {
  return std::string("%") + P.Text[Pos];
}

} // namespace

WeekYearFormatCheck::WeekYearFormatCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Rules(rulesFor(*Context, Name)) {
  for (const DateFormatter &F : Rules->DateFormatters)
    Functions[F.Name] = F.Format == DateFormatter::Argument      ? static_cast<int>(F.Arg)
                        : F.Format == DateFormatter::FirstString ? FirstString
                                                                 : BraceFormat;
}

void WeekYearFormatCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<StringRef> Names;
  for (const auto &Entry : Functions)
    Names.push_back(Entry.getKey());
  if (Names.empty())
    return;
  auto Formatter = functionDecl(hasAnyName(Names)).bind("callee");
  // Every call of a date formatter; check() finds its format string.
  Finder->addMatcher(
      callExpr(callee(Formatter), unless(isExpansionInSystemHeader())).bind("call"), this);
}

void WeekYearFormatCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
  if (Call->containsErrors() || !Callee->getIdentifier())
    return;
  std::string Qualified = plainQualifiedName(*Callee);
  auto It = Functions.find(Qualified);
  if (It == Functions.end()) {
    // C functions are listed unqualified; std::strftime is ::strftime.
    It = Functions.find(Callee->getName());
    if (It == Functions.end() || Qualified != Callee->getName())
      return;
  }
  int Index = It->second;
  const Expr *Format = nullptr;
  if (Index >= 0) {
    if (static_cast<unsigned>(Index) < Call->getNumArgs())
      Format = Call->getArg(Index);
  } else {
    for (const Expr *Arg : Call->arguments())
      if (isStringLike(Arg->getType())) {
        Format = Arg;
        break;
      }
  }
  SmallVector<const StringLiteral *, 2> Literals;
  collectLiterals(Format, *Result.Context, 0, Literals);
  for (const StringLiteral *Literal : Literals)
    checkFormat(*Literal, Index == BraceFormat, *Call, *Result.Context);
}

void WeekYearFormatCheck::checkFormat(const StringLiteral &Literal, bool BraceSpecs,
                                      const Expr &Use, ASTContext &Context) {
  FormatParts P;
  for (unsigned I = 0, E = Literal.getLength(); I < E; ++I) {
    uint32_t Unit = Literal.getCodeUnit(I);
    P.Text.push_back(Unit < 128 ? static_cast<char>(Unit) : '?');
  }
  if (BraceSpecs)
    scanBraceFields(P);
  else
    scanConversions(P, 0, P.Text.size());

  bool MixedWeekYear = P.WeekYear && P.MonthDay;
  // A week number next to a whole calendar date (`%F (week %V)`) is an
  // annotation that prints right; only a week date built on %Y is wrong.
  bool WeekWithYear = P.WeekNumber && P.Year && !P.MonthDay && !MixedWeekYear;
  if (!MixedWeekYear && !WeekWithYear)
    return;

  const SourceManager &SM = Context.getSourceManager();
  const LangOptions &LO = Context.getLangOpts();
  bool Narrow = Literal.isOrdinary() || Literal.isUTF8();
  auto LocOf = [&](unsigned Pos) {
    return SM.getSpellingLoc(
        Narrow ? Literal.getLocationOfByte(Pos, SM, LO, Context.getTargetInfo())
               : Literal.getBeginLoc());
  };
  // Report where the format is written when that is user code (a macro's
  // definition included), else where the formatter is called.
  bool InMacro = Literal.getBeginLoc().isMacroID();
  unsigned Pos = MixedWeekYear ? *P.WeekYear : *P.WeekNumber;
  SourceLocation Loc = LocOf(P.PercentOf.lookup(Pos));
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
    Loc = SM.getFileLoc(Use.getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;

  std::vector<FixItHint> Fixes;
  auto Replace = [&](ArrayRef<unsigned> Positions, char Upper, char Lower) {
    if (!Narrow || InMacro)
      return;
    for (unsigned At : Positions) {
      SourceLocation L = LocOf(At);
      if (L.isInvalid() || !L.isFileID())
        return;
      char New = isUppercase(P.Text[At]) ? Upper : Lower;
      Fixes.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(L, L.getLocWithOffset(1)), StringRef(&New, 1)));
    }
  };

  if (MixedWeekYear) {
    // %G with a month or day is a calendar date written with the wrong year;
    // with %V as well the intent is unclear, so no fix.
    if (!P.WeekNumber)
      Replace(P.WeekYearAll, 'Y', 'y');
    std::string Week = spec(P, *P.WeekYear);
    diag(Loc, "date format combines the ISO week-based year '%0' with '%1'; in the "
              "days around New Year the week-based year is not the calendar year "
              "and the date is printed a year off (use '%2' for a calendar date)")
        << Week << spec(P, *P.MonthDay) << (Week == "%G" ? "%Y" : "%y") << Fixes;
    return;
  }
  // %V with %Y is a week date written with the calendar year; a pure week
  // date (no month or day) becomes right with %G.
  if (!P.MonthDay && !P.ComposedYear &&
      llvm::all_of(P.YearAll, [&](unsigned At) { return P.Text[At] != 'C'; }))
    Replace(P.YearAll, 'G', 'g');
  diag(Loc, "date format combines the ISO week number '%%V' with the calendar year "
            "'%0'; in the days around New Year the week belongs to the other year "
            "and the week date is printed a year off (use '%%G' with '%%V')")
      << spec(P, *P.Year) << Fixes;
}

} // namespace clang::tidy::premortem
